import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search/query.js';
import { planQuery } from '../../src/search/plan.js';
import { toFts5 } from '../../src/search/fts5.js';
import { parseDateRange } from '../../src/search/dates.js';
import { isTearlineError } from '../../src/errors.js';

function fts(q: string): string | null {
  const p = planQuery(parseQuery(q));
  return p.text ? toFts5(p.text) : null;
}

function syntaxAt(q: string, position: number, message: RegExp): void {
  assert.throws(() => planQuery(parseQuery(q)), (e: unknown) => {
    assert.ok(isTearlineError(e));
    assert.equal(e.code, 'QUERY_SYNTAX');
    assert.equal(e.exitCode, 2);
    assert.match(e.message, new RegExp(`at position ${position}\\b`));
    assert.match(e.message, message);
    return true;
  });
}

test('words, phrases, prefixes, OR and groups compile to quoted FTS5', () => {
  assert.equal(fts('infrared detectors'), '("infrared" AND "detectors")');
  assert.equal(fts('"thermal imaging" OR seeker*'), '("thermal imaging" OR "seeker"*)');
  assert.equal(fts('(iran OR syria) missile'), '(("iran" OR "syria") AND "missile")');
  assert.equal(fts('a AND b'), '("a" AND "b")');
  assert.equal(fts('6.A.2.a.3'), '"6.A.2.a.3"');
  assert.equal(fts('NEAR OR'.split(' ')[0]!), '"NEAR"', 'FTS5 keywords are quoted, never operators');
  assert.equal(fts('x OR (steel -maraging)'), '("x" OR ("steel" NOT ("maraging")))');
});

test('exclusions and field filters are planned apart from the words', () => {
  const p = planQuery(parseQuery('sofradir -ulis tag:ETTC date:2009-01..2009-06 from:Paris -class:TS'));
  assert.equal(toFts5(p.text!), '"sofradir"');
  assert.deepEqual(p.exclude.map(toFts5), ['"ulis"']);
  assert.equal(p.filter?.type, 'and');
  const fields = (p.filter as { children: { type: string; field?: string; child?: { field: string } }[] }).children.map((c) => c.field ?? `-${c.child!.field}`);
  assert.deepEqual(fields, ['tag', 'date', 'from', '-class']);
  const only = planQuery(parseQuery('tag:PARM OR tag:MNUC'));
  assert.equal(only.text, null);
  assert.equal(only.filter?.type, 'or');
  const subj = parseQuery('subject:"infrared detectors"').root;
  assert.deepEqual(subj, { type: 'field', field: 'subject', value: 'infrared detectors', quoted: true, prefix: false, pos: 0 });
  assert.equal(parseQuery('   ').root, null);
});

test('syntax errors name the position', () => {
  syntaxAt('iran "thermal imaging', 6, /unterminated quotation mark/);
  syntaxAt('(iran OR syria', 1, /unclosed parenthesis/);
  syntaxAt('iran)', 5, /unmatched closing parenthesis/);
  syntaxAt('OR iran', 1, /OR needs a word on each side/);
  syntaxAt('iran OR', 6, /OR needs a word on each side/);
  syntaxAt('colour:red', 1, /unknown field "colour:"/);
  syntaxAt('iran tag:', 10, /tag: needs a value/);
  syntaxAt('a*b', 2, /\* may only end a word/);
  syntaxAt('iran OR tag:PARM', 1, /cannot be mixed/);
  syntaxAt('iran OR (-syria)', 1, /at least one word/);
  syntaxAt('()', 2, /empty parentheses/);
  syntaxAt('date:2009-13', 1, /not a date or range/);
  assert.throws(() => parseDateRange('2009-02-30', 0), /not a date/);
});

test('date ranges are half-open intervals at the precision written', () => {
  assert.deepEqual(parseDateRange('2009-01..2009-06', 0), { from: '2009-01-01', to: '2009-07-01' });
  assert.deepEqual(parseDateRange('2009', 0), { from: '2009-01-01', to: '2010-01-01' });
  assert.deepEqual(parseDateRange('2009-12', 0), { from: '2009-12-01', to: '2010-01-01' });
  assert.deepEqual(parseDateRange('..2008-02-29', 0), { from: null, to: '2008-03-01' });
  assert.deepEqual(parseDateRange('2010..', 0), { from: '2010-01-01', to: null });
});
