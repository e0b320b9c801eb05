/**
 * Scoring one list name against a query: tokens are aligned one-to-one (greedy, best similarity ×
 * weight first; a token may also align with two adjacent tokens written together), then
 *   queryCoverage = Σ sim·w(query tokens aligned) / Σ w(query tokens)
 *   nameCoverage  = Σ sim·w(name tokens aligned)  / Σ w(name tokens)
 *   score = queryCoverage^0.6 · nameCoverage^0.4
 * where w is a token's inverse document frequency over all list names (rare tokens weigh more;
 * legal forms and particles are damped). Word order does not matter.
 */
import type { IndexedName, NameIndex } from './nameIndex.js';
import type { QueryToken } from './queryTokens.js';
import { tokenSimilarity } from './tokenSimilarity.js';

export interface Alignment {
  /** query token positions (inclusive) */
  query: [number, number];
  /** name token positions (inclusive) */
  name: [number, number];
  similarity: number;
}

export interface NameScore {
  score: number;
  queryCoverage: number;
  nameCoverage: number;
  alignments: Alignment[];
  /** the aligned tokens appear in the same order in the query and the name */
  inOrder: boolean;
}

export const queryExponent = 0.6;
export const nameExponent = 0.4;

/**
 * Score one indexed name against a resolved query.
 * @param baseWeights weight of each single query token (position order)
 */
export function scoreName(index: NameIndex, query: readonly QueryToken[], baseWeights: readonly number[], name: IndexedName): NameScore {
  const { vocab } = index;
  const t = name.tokens;
  const m = t.length;
  const pairs: { q: [number, number]; n: [number, number]; s: number; v: number }[] = [];
  const wn = Array.from(t, (id) => vocab.weight[id]!);
  const wSpan = (w: readonly number[], [a, b]: [number, number]) => (a === b ? w[a]! : w[a]! + w[b]!);
  for (const q of query) {
    let best = 0;
    for (let j = 0; j < m; j++) {
      const s = q.matches.get(t[j]!);
      if (s !== undefined) {
        pairs.push({ q: q.span, n: [j, j], s, v: s * (wSpan(baseWeights, q.span) + wn[j]!) });
        if (s > best) best = s;
      }
    }
    if (best < 0.9 && q.span[0] === q.span[1] && q.text.length >= 5 && m > 1) {
      for (let j = 0; j + 1 < m; j++) {
        const joined = vocab.text[t[j]!]! + vocab.text[t[j + 1]!]!;
        const s = Math.abs(joined.length - q.text.length) > 2 ? 0 : tokenSimilarity(q.text, '', joined, '', 'off');
        if (s > 0) pairs.push({ q: q.span, n: [j, j + 1], s, v: s * (baseWeights[q.span[0]]! + wn[j]! + wn[j + 1]!) });
      }
    }
  }
  pairs.sort((a, b) => b.v - a.v);
  const usedQ = new Uint8Array(baseWeights.length);
  const usedN = new Uint8Array(m);
  const alignments: Alignment[] = [];
  let mq = 0;
  let mn = 0;
  for (const p of pairs) {
    if (usedQ[p.q[0]] || usedQ[p.q[1]] || usedN[p.n[0]] || usedN[p.n[1]]) continue;
    usedQ[p.q[0]] = usedQ[p.q[1]] = 1;
    usedN[p.n[0]] = usedN[p.n[1]] = 1;
    mq += p.s * wSpan(baseWeights, p.q);
    mn += p.s * wSpan(wn, p.n);
    alignments.push({ query: p.q, name: p.n, similarity: p.s });
  }
  const wq = baseWeights.reduce((a, b) => a + b, 0);
  const wnTotal = wn.reduce((a, b) => a + b, 0);
  const queryCoverage = wq > 0 ? mq / wq : 0;
  const nameCoverage = wnTotal > 0 ? mn / wnTotal : 0;
  const score = queryCoverage > 0 && nameCoverage > 0 ? queryCoverage ** queryExponent * nameCoverage ** nameExponent : 0;
  alignments.sort((a, b) => a.query[0] - b.query[0]);
  const inOrder = alignments.every((al, i) => i === 0 || al.name[0] > alignments[i - 1]!.name[0]);
  return { score, queryCoverage, nameCoverage, alignments, inOrder };
}
