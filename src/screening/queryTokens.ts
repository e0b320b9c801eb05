/**
 * A query's tokens resolved against the vocabulary: for each query token (and each pair of adjacent
 * query tokens written together, `NAJERA CITALAN` ≈ `NAJERACITALAN`), the vocabulary tokens it may
 * stand for, with their similarity.
 */
import { deletionIndex, type NameIndex } from './nameIndex.js';
import { deletionKeys, sharesDeletionKey } from './deletions.js';
import { tokenSimilarity, type SkeletonMode } from './tokenSimilarity.js';
import { skeleton as skeletonOf } from './phonetic.js';
import { romanisationAlternates } from './romanisation.js';
import type { Token } from './tokens.js';
import { roleWeight } from './nameIndex.js';

export interface QueryToken extends Token {
  /** the query token positions this stands for (one, or two for a joined pair) */
  span: [number, number];
  /** vocabulary id → similarity */
  matches: Map<number, number>;
  /** the weight this query token carries */
  weight: number;
  /** vocabulary ids of two words this token may be written together from (`ARFASTEEL` → arfa, steel) */
  parts?: [number, number];
}

/** Split a token not in the vocabulary into two vocabulary words, the longer split first. */
function splitIntoWords(index: NameIndex, text: string): [number, number] | undefined {
  if (text.length < 5 || index.vocab.ids.has(text)) return undefined;
  let best: [number, number] | undefined;
  let bestLen = 0;
  for (let k = 2; k <= text.length - 2; k++) {
    const a = index.vocab.ids.get(text.slice(0, k));
    if (a === undefined) continue;
    const b = index.vocab.ids.get(text.slice(k));
    if (b === undefined) continue;
    const len = Math.min(k, text.length - k);
    if (len > bestLen) (best = [a, b]), (bestLen = len);
  }
  return best;
}

/**
 * The vocabulary tokens within reach of `text`: itself, romanisation alternates, same skeleton,
 * one deletion apart.
 * @example vocabularyMatches(index, 'ghdir', 'ghdr') has the id of 'ghadir'
 */
export function vocabularyMatches(index: NameIndex, text: string, skel: string, mode: SkeletonMode = 'checked'): Map<number, number> {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const key = mode + ':' + text;
  const hit = cache.get(key);
  if (hit) return hit;
  const found = findMatches(index, text, skel, mode);
  if (cache.size >= cacheSize) cache.clear();
  cache.set(key, found);
  return found;
}

/** Resolved tokens repeat across a batch (common given names, legal words): remember the last few thousand. */
const cacheSize = 20000;
const caches = new WeakMap<NameIndex, Map<string, Map<number, number>>>();

function findMatches(index: NameIndex, text: string, skel: string, mode: SkeletonMode): Map<number, number> {
  const { vocab } = index;
  const out = new Map<number, number>();
  const consider = (id: number) => {
    if (out.has(id)) return;
    const s = tokenSimilarity(text, skel, vocab.text[id]!, vocab.skeleton[id]!, mode);
    if (s > 0) out.set(id, s);
  };
  const exact = vocab.ids.get(text);
  if (exact !== undefined) out.set(exact, 1);
  for (const alt of romanisationAlternates(text)) {
    const id = vocab.ids.get(alt);
    if (id !== undefined) consider(id);
  }
  if (mode !== 'off' && skel.length >= 2) for (const id of index.bySkeleton.get(skel) ?? []) consider(id);
  if (text.length >= 4) {
    // A one-off query scans the vocabulary (a few ms); from the 16th typo lookup on (a batch), the
    // one-deletion index pays for its build (~150 ms).
    if (index.deletions || ++index.fuzzyLookups > 16) {
      const del = deletionIndex(index);
      for (const k of deletionKeys(text)) for (const id of del.get(k) ?? []) consider(id);
    } else {
      const L = text.length;
      for (let id = 0; id < vocab.text.length; id++) {
        const v = vocab.text[id]!;
        if (v.length >= L - 1 && v.length <= L + 1 && sharesDeletionKey(text, v)) consider(id);
      }
    }
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
  // A token in the vocabulary weighs what it weighs there; a near miss of a real word (a typo) weighs
  // like that word; anything else is as rare as a token can be.
  const weightOf = (text: string, matches: Map<number, number>, role: Token['role']) => {
    const exact = vocab.ids.get(text);
    if (exact !== undefined) return vocab.weight[exact]!;
    let best = -1;
    let bestSim = 0;
    for (const [id, s] of matches) if (s > bestSim) (best = id), (bestSim = s);
    if (best >= 0 && bestSim >= 0.8 && vocab.role[best] === role) return vocab.weight[best]!;
    return index.unseenWeight * roleWeight[role];
  };
  tokens.forEach((t, i) => {
    const matches = vocabularyMatches(index, t.text, t.skeleton, t.loose ? 'loose' : 'checked');
    const q: QueryToken = { ...t, span: [i, i], matches, weight: weightOf(t.text, matches, t.role) };
    const parts = t.role === 'word' ? splitIntoWords(index, t.text) : undefined;
    if (parts) q.parts = parts;
    out.push(q);
  });
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.role === 'legal' || b.role === 'legal') continue;
    const text = a.text + b.text;
    if (text.length < 6) continue;
    const matches = vocabularyMatches(index, text, skeletonOf(text), 'off');
    if (matches.size) out.push({ text, skeleton: skeletonOf(text), role: 'word', span: [i, i + 1], matches, weight: weightOf(text, matches, 'word') });
  }
  return out;
}
