import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseBanner, parseCaptionLine, parsePortionMarking, renderMarking, renderPortionMarking, type Marking } from '../../src/markings/index.js';

test('property: the parsers never throw, whatever the text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => {
      parsePortionMarking(s);
      parseBanner(s);
      parseCaptionLine(s);
    }),
    { numRuns: 3000 },
  );
  fc.assert(
    fc.property(fc.array(fc.constantFrom('S', 'C', 'U', 'TS', '/', '//', ' ', 'REL', 'TO', 'NF', 'NATO', ',', 'AND', 'FRA', 'X', '-', 'NODIS', 'E X D I S'), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      const m = parsePortionMarking(s);
      if (m) assert.ok(['U', 'C', 'S', 'TS'].includes(m.level));
    }),
    { numRuns: 3000 },
  );
});

const markingArb: fc.Arbitrary<Marking> = fc
  .record({
    level: fc.constantFrom('U', 'C', 'S', 'TS') as fc.Arbitrary<Marking['level']>,
    noforn: fc.boolean(),
    rel: fc.subarray(['FRA', 'GBR', 'DEU', 'AUS', 'CAN', 'PAK', 'CHN']),
    controls: fc.subarray(['NODIS', 'EXDIS', 'LIMDIS', 'ORCON', 'FGI', 'FOUO', 'SBU']),
  })
  .map(({ level, noforn, rel, controls }) => ({ text: '', level, noforn, relTo: noforn || rel.length === 0 ? [] : ['USA', ...rel.sort()], controls }));

test('property: rendering then parsing gives the same label (banner and portion forms)', () => {
  fc.assert(
    fc.property(markingArb, (m) => {
      for (const [render, parse] of [[renderMarking, parseBanner], [renderPortionMarking, parsePortionMarking]] as const) {
        const back = parse(render(m));
        assert.ok(back, render(m));
        assert.equal(back.level, m.level);
        assert.equal(back.noforn, m.noforn);
        assert.deepEqual(back.relTo, m.relTo, render(m));
        assert.deepEqual([...back.controls].sort(), [...m.controls].sort(), render(m));
      }
    }),
    { numRuns: 1000 },
  );
});
