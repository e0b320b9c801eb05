import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCable } from '../../src/cable/index.js';
import { checkMarkings } from '../../src/markings/index.js';

/** A small cable in the seed's layout. */
function cable(o: { banner: string; caption: string; controls?: string[]; subject?: string; paragraphs: [string, string | null, string][] }) {
  const text = [
    '09STATE1', '2009-09-16 15:03', '2010-11-28 18:06', o.banner, 'Secretary of State', '',
    `${o.caption} STATE 000001`, '', ...(o.controls ?? []), '',
    'E.O. 12958: DECL: 09/04/2034', 'TAGS: PREL', `SUBJECT: ${o.subject ?? '(U) A SUBJECT'}`, '',
    ...o.paragraphs.flatMap(([n, m, t]) => [`${n}. ${m === null ? '' : `(${m}) `}${t}`, '']),
    'CLINTON', '',
  ].join('\n');
  return parseCable(text, { source: 'test' });
}
const codes = (c: ReturnType<typeof cable>) => checkMarkings(c).map((d) => d.code);

test('a consistent cable (the seed layout) has no marking diagnostics', () => {
  const c = cable({ banner: 'SECRET//NOFORN', caption: 'S E C R E T', controls: ['NOFORN', 'SIPDIS'], paragraphs: [['1', 'U', 'One.'], ['2', 'S/NF', 'Two.'], ['3', 'SECRET/REL FRANCE', 'Three.']] });
  assert.equal(c.paragraphs.length, 3);
  assert.deepEqual(checkMarkings(c), []);
});

test('banner-below-portion: at the offending portion, with its ISM rule id', () => {
  const c = cable({ banner: 'CONFIDENTIAL', caption: 'C O N F I D E N T I A L', paragraphs: [['1', 'C', 'One.'], ['2', 'S', 'Two.']] });
  const d = checkMarkings(c).filter((x) => x.code === 'banner-below-portion');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.ruleId, 'ISM-ID-00058');
  assert.equal(d[0]!.severity, 'error');
  const lines = c.raw!.split('\n');
  assert.equal(lines[d[0]!.line - 1]!.slice(d[0]!.column - 1, d[0]!.column + 2), '(S)', 'line and column point at the portion mark');
});

test('banner-above-portions: a SECRET banner over CONFIDENTIAL portions', () => {
  const c = cable({ banner: 'SECRET', caption: 'S E C R E T', subject: '(C) S', paragraphs: [['1', 'C', 'One.'], ['2', 'C', 'Two.']] });
  assert.deepEqual(codes(c), ['banner-above-portions']);
  assert.equal(checkMarkings(c)[0]!.ruleId, 'ISM-ID-00109');
});

test('portion-control-missing-from-banner: NOFORN and ORCON portions under a bare banner', () => {
  const c = cable({ banner: 'SECRET', caption: 'S E C R E T', subject: '(S) S', paragraphs: [['1', 'S/NF', 'One.'], ['2', 'S//ORCON', 'Two.']] });
  const d = checkMarkings(c).filter((x) => x.code === 'portion-control-missing-from-banner');
  assert.deepEqual(d.map((x) => x.ruleId), ['ISM-ID-00070', 'ISM-ID-00067']);
});

test('rel-banner-with-noforn-portion', () => {
  const c = cable({ banner: 'SECRET//REL TO USA, FRA', caption: 'S E C R E T', subject: '(S/REL FRANCE) S', paragraphs: [['1', 'S/REL FRANCE', 'One.'], ['2', 'S/NF', 'Two.']] });
  const d = checkMarkings(c).find((x) => x.code === 'rel-banner-with-noforn-portion');
  assert.ok(d);
  assert.equal(d.ruleId, 'ISM-ID-00088');
  assert.match(d.message, /paragraph 2/);
});

test('nodis-exdis-without-noforn and sipdis-with-nodis-exdis, read from the caption', () => {
  const c = cable({ banner: 'SECRET', caption: 'S E C R E T', controls: ['SIPDIS', 'E X D I S'], subject: '(S) S', paragraphs: [['1', 'S', 'One.']] });
  const d = checkMarkings(c);
  assert.deepEqual(d.map((x) => x.code).sort(), ['nodis-exdis-without-noforn', 'sipdis-with-nodis-exdis']);
  assert.equal(d.find((x) => x.code === 'nodis-exdis-without-noforn')!.ruleId, 'ISM-ID-00314');
  const ok = cable({ banner: 'SECRET//NOFORN', caption: 'S E C R E T', controls: ['NOFORN', 'NODIS'], subject: '(S/NF) S', paragraphs: [['1', 'S/NF', 'One.']] });
  assert.deepEqual(codes(ok), []);
});

test('unmarked-portion: each unmarked paragraph of a classified cable; none for an unclassified one', () => {
  const c = cable({ banner: 'CONFIDENTIAL', caption: 'C O N F I D E N T I A L', subject: '(C) S', paragraphs: [['1', 'C', 'One.'], ['2', null, 'Two.']] });
  const d = checkMarkings(c).filter((x) => x.code === 'unmarked-portion');
  assert.equal(d.length, 1);
  assert.match(d[0]!.message, /paragraph 2/);
  const u = cable({ banner: 'UNCLASSIFIED', caption: 'UNCLAS', subject: 'S', paragraphs: [['1', null, 'One.']] });
  assert.deepEqual(codes(u), []);
});

test('banner-caption-mismatch on NOFORN', () => {
  const c = cable({ banner: 'SECRET', caption: 'S E C R E T', controls: ['NOFORN'], subject: '(S/NF) S', paragraphs: [['1', 'S/NF', 'One.']] });
  assert.ok(checkMarkings(c).some((x) => x.code === 'banner-caption-mismatch' && /caption is NOFORN/.test(x.message)));
});
