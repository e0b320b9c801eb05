/**
 * PostgreSQL full-text pieces that need no server: words as FTS5's unicode61 tokenizer sees them,
 * tsvector and tsquery literals (user input can never inject syntax), FTS5-shaped snippets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search/query.js';
import { planQuery } from '../../src/search/plan.js';
import { tsvectorLiteral } from '../../src/store/postgres/tokens.js';
import { words } from '../../src/search/words.js';
import { toTsquery } from '../../src/store/postgres/tsquery.js';
import { highlightSnippet, highlightTerms } from '../../src/search/snippet.js';

const text = (q: string) => planQuery(parseQuery(q)).text!;

test('words: letters and digits, case and Latin diacritics folded, everything else separates', () => {
  assert.deepEqual(words("Économie d'Ülis: 6.A.2.a.3, 09STATE96222"), ['economie', 'd', 'ulis', '6', 'a', '2', 'a', '3', '09state96222']);
});

test('tsvector literals carry positions, the subject weight, and escape nothing dangerous', () => {
  assert.equal(tsvectorLiteral('Infrared detectors, infrared.'), "'infrared':1,3 'detectors':2");
  assert.equal(tsvectorLiteral('Two words', 'A'), "'two':1A 'words':2A");
  assert.equal(tsvectorLiteral(''), '');
});

test('tsquery: phrases, prefixes, OR and grouped exclusion; quotes in the input are only separators', () => {
  assert.equal(toTsquery(text('infrared detectors')), "('infrared' & 'detectors')");
  assert.equal(toTsquery(text('"infrared detectors"')), "('infrared' <-> 'detectors')");
  assert.equal(toTsquery(text('infra*')), "'infra':*");
  assert.equal(toTsquery(text('6.A.2')), "('6' <-> 'a' <-> '2')");
  assert.equal(toTsquery(text('(iran OR syria) (weapons -chemical)')), "(('iran' | 'syria') & ('weapons' & !('chemical')))");
  assert.equal(toTsquery(text("o'brien")), "('o' <-> 'brien')");
});

test('snippets have the shape of FTS5 snippet(): 16 words, whole phrases highlighted, ellipses', () => {
  const p = 'We have information the French firm Sofradir and its subsidiary Ulis continue to sell cooled and uncooled infrared detectors to a Chinese firm.';
  assert.equal(highlightSnippet(p, highlightTerms(text('ulis'))), 'We have information the French firm Sofradir and its subsidiary «Ulis» continue to sell cooled and…');
  assert.equal(highlightSnippet('Section 6.A.2.a.3.', highlightTerms(text('6.A.2'))), 'Section «6.A.2».a.3.');
  assert.equal(highlightSnippet('FRENCH FIRM SELLING INFRARED DETECTORS TO CHINA', highlightTerms(text('"infrared detectors"'))), 'FRENCH FIRM SELLING «INFRARED DETECTORS» TO CHINA');
});
