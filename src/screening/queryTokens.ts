/**
 * A query's tokens resolved against the vocabulary: for each query token (and each pair of adjacent
 * query tokens written together, `NAJERA CITALAN` ≈ `NAJERACITALAN`), the vocabulary tokens it may
 * stand for, with their similarity.
 */
import { deletionIndex, type NameIndex } from './nameIndex.js';
import { deletionKeys } from './deletions.js';
import { tokenSimilarity } from './tokenSimilarity.js';
import { skeleton as skeletonOf } from './phonetic.js';
import type { Token } from './tokens.js';
import { roleWeight } from './nameIndex.js';

export interface QueryToken extends Token {
  /** the query token positions this stands for (one, or two for a joined pair) */
  span: [number, number];
  /** vocabulary id → similarity */
  matches: Map<number, number>;
  /** the weight this query token carries */
  weight: number;
}

/**
 * The vocabulary tokens within reach of `text`: itself, same skeleton, one deletion apart.
 * @example vocabularyMatches(index, 'ghdir', 'ghdr') has the id of 'ghadir'
 */
export function vocabularyMatches(index: NameIndex, text: string, skel: string): Map<number, number> {
  const { vocab } = index;
  const out = new Map<number, number>();
  const consider = (id: number) => {
    if (out.has(id)) return;
    const s = tokenSimilarity(text, skel, vocab.text[id]!, vocab.skeleton[id]!);
    if (s > 0) out.set(id, s);
  };
  const exact = vocab.ids.get(text);
  if (exact !== undefined) out.set(exact, 1);
  if (skel.length >= 2) for (const id of index.bySkeleton.get(skel) ?? []) consider(id);
  if (text.length >= 4) {
    const del = deletionIndex(index);
    for (const k of deletionKeys(text)) for (const id of del.get(k) ?? []) consider(id);
  }
  return out;
}

/**
 * Resolve a tokenised query.
 * @example resolveQuery(index, nameTokens('Dali Technology'))
 */
export function resolveQuery(index: NameIndex, tokens: readonly Token[]): QueryToken[] {
  const { vocab } = index;
  const out: QueryToken[] = [];
  const weightOf = (matches: Map<number, number>, role: Token['role']) => {
    let best = -1;
    let bestSim = 0;
    for (const [id, s] of matches) if (s > bestSim) (best = id), (bestSim = s);
    return best >= 0 ? vocab.weight[best]! : index.unseenWeight * roleWeight[role];
  };
  tokens.forEach((t, i) => {
    const matches = vocabularyMatches(index, t.text, t.skeleton);
    out.push({ ...t, span: [i, i], matches, weight: weightOf(matches, t.role) });
  });
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.role !== 'word' && b.role !== 'word') continue;
    const text = a.text + b.text;
    const matches = vocabularyMatches(index, text, skeletonOf(text));
    if (matches.size) out.push({ text, skeleton: skeletonOf(text), role: 'word', span: [i, i + 1], matches, weight: weightOf(matches, 'word') });
  }
  return out;
}
