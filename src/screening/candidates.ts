/**
 * Candidate generation: the names that share a (near) token with the query, ranked by the summed
 * weight of what they share (times the share of the name covered), cut to a short list for exact scoring. Tokens as common as legal forms
 * only add to candidates found through rarer tokens.
 */
import type { NameIndex } from './nameIndex.js';
import type { QueryToken } from './queryTokens.js';

const scratch = new WeakMap<NameIndex, Float64Array>();

/** Posting lists longer than this do not open new candidates when the query has rarer tokens. */
export const commonPostingLength = 1500;

/**
 * Ids of the best `limit` candidate names, optionally only from some lists.
 * @example candidateNames(index, resolveQuery(index, nameTokens('Dali Technology')), { limit: 50 })
 */
export function candidateNames(index: NameIndex, query: readonly QueryToken[], opts: { limit: number; lists?: ReadonlySet<string> }): number[] {
  let acc = scratch.get(index);
  if (!acc) {
    acc = new Float64Array(index.names.length);
    scratch.set(index, acc);
  }
  const touched: number[] = [];
  const { postings, weight } = index.vocab;
  const hasRare = query.some((q) => [...q.matches.keys()].some((id) => postings[id]!.length <= commonPostingLength));
  const lists = opts.lists;
  for (const q of query) {
    const entries: Iterable<[number, number]> = q.parts ? [...q.matches, [q.parts[0], 0.5], [q.parts[1], 0.5]] : q.matches;
    for (const [id, sim] of entries) {
      const p = postings[id]!;
      const opens = !hasRare || p.length <= commonPostingLength;
      const w = sim * weight[id]!;
      for (let k = 0; k < p.length; k++) {
        const n = p[k]!;
        if (acc[n] === 0) {
          if (!opens) continue;
          if (lists && !lists.has(index.recordList[index.names[n]!.record]!)) continue;
          touched.push(n);
        }
        acc[n] += w;
      }
    }
  }
  // rank by shared weight × the share of the name it covers, so a short name that is all query wins
  const nw = index.nameWeight;
  const ranks = new Float64Array(touched.length);
  for (let i = 0; i < touched.length; i++) {
    const n = touched[i]!;
    ranks[i] = (acc[n]! * acc[n]!) / (nw[n]! + 1e-9);
    acc[n] = 0;
  }
  return topK(touched, ranks, opts.limit);
}

/** The `k` items with the highest ranks, best first (a threshold pass, then a small sort). */
function topK(items: number[], ranks: Float64Array, k: number): number[] {
  if (items.length <= k) return items.map((n, i) => [n, ranks[i]!] as const).sort((a, b) => b[1] - a[1]).map(([n]) => n);
  const sorted = Float64Array.from(ranks).sort();
  const cut = sorted[sorted.length - k]!;
  const picked: [number, number][] = [];
  for (let i = 0; i < items.length && picked.length < k; i++) if (ranks[i]! >= cut) picked.push([items[i]!, ranks[i]!]);
  return picked.sort((a, b) => b[1] - a[1]).map(([n]) => n);
}
