import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractNetwork } from '../../src/extract/network.js';
import type { Cable } from '../../src/cable/types.js';

const words = ['the', 'French', 'firm', 'Sofradir', 'Ltd.', 'sold', 'to', 'Iran', "Iran's", 'Company', 'of', 'and', ',', '.', '(', ')', 'XXXXXXXXXXXX', 'MTCR', '6.A.2.a.3', '2. C. 11', 'Wassenaar', 'on behalf of', 'subsidiary', 'SELLER:', 'end-user', 'detectors', 'M/V', 'GOI', '\n', '--', '’s', 'É', 'ML8', 'Category II'];

test('extraction never throws and keeps its invariants on arbitrary text', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 })), { maxLength: 80 }), fc.boolean(), (parts, withRaw) => {
      const text = parts.join(' ');
      const cable: Cable = { id: 'F', created: null, released: null, origin: null, banner: null, header: null, eo: null, tags: [], subject: { text: text.slice(0, 60).toUpperCase(), marking: null }, refs: [], classifiedBy: null, summary: null, paragraphs: [{ number: '1', marking: null, text, start: 0, end: text.length }], signedBy: [], diagnostics: [], ...(withRaw ? { raw: text } : {}) };
      const x = extractNetwork(cable);
      const keys = new Set(x.mentions.map((m) => m.key));
      for (const m of x.mentions) assert.ok(m.span.start <= m.span.end && m.name.length > 0);
      for (const r of x.relations) {
        assert.ok(r.from !== r.to);
        assert.ok(keys.has(r.from) || r.kind === 'end-user-of' || r.kind === 'supplies', `relation from an unmentioned ${r.from}`);
      }
    }),
    { numRuns: 300 },
  );
});
