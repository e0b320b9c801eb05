/**
 * An explanation for a hit: which query token matched which list token and how closely, what was
 * left over on either side, the coverage figures, corroboration notes, the record and its list date.
 */
import type { IndexedName, NameIndex } from './nameIndex.js';
import type { NameScore } from './score.js';
import type { Token } from './tokens.js';
import type { Corroboration } from './corroborate.js';

export interface Explanation {
  record: string;
  listDate: string;
  matchedName: string;
  nameKind: string;
  tokens: { query: string; list: string; similarity: number }[];
  unmatchedQuery: string[];
  unmatchedList: string[];
  queryCoverage: number;
  listCoverage: number;
  corroboration: string[];
  summary: string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Build the explanation of one scored name.
 * @example explain(index, tokens, name, scored, corroboration).summary
 */
export function explain(index: NameIndex, query: readonly Token[], name: IndexedName, scored: NameScore, corroboration: Corroboration, finalScore: number): Explanation {
  const record = index.records[name.record]!;
  const nameText = (a: number, b: number) => Array.from(name.tokens.slice(a, b + 1), (id) => index.vocab.text[id]!).join(' ');
  const queryText = (a: number, b: number) => query.slice(a, b + 1).map((t) => t.text).join(' ');
  const usedQ = new Set<number>();
  const usedN = new Set<number>();
  const tokens = scored.alignments.map((al) => {
    for (let i = al.query[0]; i <= al.query[1]; i++) usedQ.add(i);
    for (let j = al.name[0]; j <= al.name[1]; j++) usedN.add(j);
    return { query: queryText(al.query[0], al.query[1]), list: nameText(al.name[0], al.name[1]), similarity: round(al.similarity) };
  });
  const unmatchedQuery = query.filter((_, i) => !usedQ.has(i)).map((t) => t.text);
  const unmatchedList = Array.from(name.tokens, (id) => index.vocab.text[id]!).filter((_, j) => !usedN.has(j));
  const exact = tokens.filter((t) => t.similarity === 1).length;
  const summary =
    `${tokens.length} of ${query.length} query tokens matched ${name.kind === 'primary' ? 'the listed name' : `a ${name.kind} alias`} of ${record.id}` +
    ` (${exact} exactly); score ${round(finalScore)} on the list of ${record.listDate}` +
    (corroboration.notes.length ? `; ${corroboration.notes.join('; ')}` : '');
  return {
    record: record.id,
    listDate: record.listDate,
    matchedName: name.text,
    nameKind: name.kind,
    tokens,
    unmatchedQuery,
    unmatchedList,
    queryCoverage: round(scored.queryCoverage),
    listCoverage: round(scored.nameCoverage),
    corroboration: corroboration.notes,
    summary,
  };
}
