import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import { parseCable } from '../../src/cable/index.js';
import { extractNetwork } from '../../src/extract/network.js';
import { buildGraph } from '../../src/network/graph.js';
import { diversionPaths } from '../../src/network/diversion.js';
import { limitToReadable, readablePortions } from '../../src/network/access.js';
import { levels } from '../../src/markings/types.js';
import { seedPath } from '../helpers/data.js';
import type { Reader } from '../../src/access/reader.js';

const files = [seedPath, ...['09STATE96222-NODIS.txt', '08ANKARA1417-EXDIS.txt'].map((f) => new URL(`../../../test/fixtures/markings/${f}`, import.meta.url).pathname).filter((p) => fs.existsSync(p))];
const cables = files.map((f) => parseCable(fs.readFileSync(f), { source: f }));

const reader = fc.record({
  name: fc.constant('r'),
  clearance: fc.constantFrom(...levels),
  citizenship: fc.constantFrom('USA', 'FRA', 'GBR', 'CHN', 'IND'),
  accesses: fc.subarray(['NODIS', 'EXDIS', 'LIMDIS', 'ORCON']),
}) as fc.Arbitrary<Reader>;

test('no leaks: every mention, edge, path step and name of the network rests on a paragraph the reader may read', () => {
  fc.assert(
    fc.property(reader, (r) => {
      const records = cables.map((c, i) => limitToReadable(c, r, { cable: `C${i}`, date: null, extraction: extractNetwork(c) }));
      const readable = new Map(cables.map((c, i) => [`C${i}`, readablePortions(c, r)]));
      const texts = new Map(cables.map((c, i) => [`C${i}`, c]));
      const graph = buildGraph(records);
      for (const e of graph.entities.values()) {
        for (const m of e.mentions) assert.ok(readable.get(m.cable)!.has(m.paragraph), `${e.name} ¶${m.paragraph} shown to ${r.clearance}/${r.citizenship}`);
        if (e.kind === 'organization' || e.kind === 'person') {
          // every name shown is written in a readable portion of some cable
          for (const n of [e.name, ...e.aliases]) {
            const seen = [...texts].some(([id, c]) => [...readable.get(id)!].some((p) => {
              const t = p === 'subject' ? (c.subject?.text ?? '') : (c.paragraphs.find((x) => x.number === p)?.text ?? '');
              return t.replace(/\s+/g, ' ').includes(n.replace(/\s+/g, ' '));
            }));
            assert.ok(seen, `name ${n} is not in any readable portion`);
          }
        }
      }
      for (const rel of graph.relations) for (const ev of rel.evidence) assert.ok(readable.get(ev.cable)!.has(ev.paragraph));
      for (const p of diversionPaths(graph)) for (const s of p.steps) for (const ev of s.evidence) assert.ok(readable.get(ev.cable)!.has(ev.paragraph));
    }),
    { numRuns: 60 },
  );
});
