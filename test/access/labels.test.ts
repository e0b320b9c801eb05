import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCable } from '../../src/cable/index.js';
import { effectiveLabels } from '../../src/access/index.js';
import { renderMarking } from '../../src/markings/index.js';

function cable(banner: string, caption: string, controls: string[], paragraphs: [string, string | null][]) {
  const text = [
    '09STATE1', '2009-09-16 15:03', '2010-11-28 18:06', banner, 'Secretary of State', '',
    `${caption} STATE 000001`, '', ...controls, '', 'E.O. 12958: DECL: 09/04/2034', 'TAGS: PREL', 'SUBJECT: A SUBJECT', '',
    ...paragraphs.flatMap(([n, m]) => [`${n}. ${m ? `(${m}) ` : ''}Text of paragraph ${n}.`, '']),
  ].join('\n');
  return parseCable(text, { source: 'test' });
}

test('unmarked portions take the cable label; marked ones keep theirs (no NOFORN pushed down)', () => {
  const l = effectiveLabels(cable('SECRET//NOFORN', 'S E C R E T', ['NOFORN'], [['1', 'U'], ['2', null], ['3', 'C']]));
  assert.equal(renderMarking(l.subject!), 'SECRET//NOFORN', 'the unmarked subject');
  assert.deepEqual(l.paragraphs.map(renderMarking), ['UNCLASSIFIED', 'SECRET//NOFORN', 'CONFIDENTIAL']);
});

test('caption-only access controls apply to every portion, marked or not', () => {
  const l = effectiveLabels(cable('CONFIDENTIAL//NOFORN', 'C O N F I D E N T I A L', ['NOFORN', 'E X D I S'], [['1', 'U'], ['2', 'C/NF']]));
  assert.ok(l.cable.controls.includes('EXDIS'));
  assert.ok(l.paragraphs.every((m) => m.controls.includes('EXDIS')));
  assert.equal(l.paragraphs[0]!.level, 'U');
});

test('a cable-wide REL TO reaches classified portions without their own REL TO or NOFORN', () => {
  const l = effectiveLabels(cable('SECRET//REL TO USA, GBR', 'S E C R E T', [], [['1', 'S'], ['2', 'S/REL FRANCE'], ['3', 'S/NF'], ['4', 'U']]));
  assert.deepEqual(l.paragraphs.map((m) => m.relTo), [['USA', 'GBR'], ['USA', 'FRA'], [], []]);
});

test('the stricter of metadata banner and caption wins; no classification at all is UNCLASSIFIED', () => {
  const l = effectiveLabels(cable('CONFIDENTIAL', 'S E C R E T', [], [['1', null]]));
  assert.equal(l.paragraphs[0]!.level, 'S');
  const bare = effectiveLabels(parseCable('1. Just some text.\n', { source: 'x' }));
  assert.equal(bare.cable.level, 'U');
});
