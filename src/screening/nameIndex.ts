/**
 * The candidate index: every list name tokenised once; a vocabulary of tokens with inverse document
 * frequencies, postings (token → names), and two lookups for inexact tokens: consonant skeletons and
 * one-deletion keys. A query touches only the names that share a (near) token with it.
 */
import type { ListName, ScreeningRecord, WordList } from './model.js';
import { nameWords, tokenRole, type TokenRole } from './tokens.js';
import { skeleton as skeletonOf } from './phonetic.js';
import { deletionKeys } from './deletions.js';

export interface IndexedName {
  record: number;
  kind: ListName['kind'];
  text: string;
  /** vocabulary ids, in name order */
  tokens: Int32Array;
}

export interface Vocabulary {
  ids: Map<string, number>;
  text: string[];
  skeleton: string[];
  role: TokenRole[];
  /** weight of the token: inverse document frequency, damped for legal forms and particles */
  weight: Float64Array;
  postings: Int32Array[];
}

export interface NameIndex {
  records: ScreeningRecord[];
  names: IndexedName[];
  vocab: Vocabulary;
  bySkeleton: Map<string, number[]>;
  /** one-deletion key → vocabulary ids; built once a batch needs it */
  deletions: Map<string, number[]> | null;
  /** typo lookups so far (before the deletion index exists, they scan the vocabulary) */
  fuzzyLookups: number;
  /** list slug of every record, for fast list filtering */
  recordList: string[];
  /** summed token weight of every name */
  nameWeight: Float64Array;
  /** weight of an unseen token (as rare as a token can be) */
  unseenWeight: number;
}

/** Multipliers for token roles: legal forms and particles count, but little. */
export const roleWeight: Record<TokenRole, number> = { word: 1, legal: 0.12, particle: 0.2 };

/**
 * Build the index over every name of every record. `seed` is the vocabulary of bundled records whose
 * names carry `tokenIds`; other records (e.g. cable parties) are tokenised here.
 * @example buildNameIndex(records).names.length
 */
export function buildNameIndex(records: ScreeningRecord[], seed?: WordList): NameIndex {
  const ids = new Map<string, number>();
  const text: string[] = seed ? seed.words.slice() : [];
  const skeleton: string[] = seed ? seed.skeletons.slice() : [];
  const role: TokenRole[] = text.map(tokenRole);
  const posting: number[][] = text.map(() => []);
  text.forEach((t, i) => ids.set(t, i));
  const names: IndexedName[] = [];
  for (let ri = 0; ri < records.length; ri++) {
    const r = records[ri]!;
    const seen = r.names.length > 1 ? new Set<string>() : null;
    for (const n of r.names) {
      if (seed && n.tokenIds) {
        if (n.tokenIds.length === 0) continue;
        const nameId = names.length;
        for (const id of n.tokenIds) {
          const p = posting[id]!;
          if (p[p.length - 1] !== nameId) p.push(nameId);
        }
        names.push({ record: ri, kind: n.kind, text: n.name, tokens: Int32Array.from(n.tokenIds) });
        continue;
      }
      const toks = n.words !== undefined ? (n.words ? n.words.split(' ') : []) : nameWords(n.name);
      if (toks.length === 0) continue;
      if (seen) {
        const key = toks.join(' ');
        if (seen.has(key)) continue; // the same name twice on one record (case or punctuation only)
        seen.add(key);
      }
      const nameId = names.length;
      const tokenIds = new Int32Array(toks.length);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        let id = ids.get(t);
        if (id === undefined) {
          id = text.length;
          ids.set(t, id);
          text.push(t);
          skeleton.push(skeletonOf(t));
          role.push(tokenRole(t));
          posting.push([]);
        }
        tokenIds[i] = id;
        const p = posting[id]!;
        if (p[p.length - 1] !== nameId) p.push(nameId);
      }
      names.push({ record: ri, kind: n.kind, text: n.name, tokens: tokenIds });
    }
  }
  const N = names.length;
  const weight = new Float64Array(text.length);
  for (let i = 0; i < text.length; i++) weight[i] = Math.log(1 + N / posting[i]!.length) * roleWeight[role[i]!];
  const nameWeight = new Float64Array(N);
  for (let n = 0; n < N; n++) for (const id of names[n]!.tokens) nameWeight[n] += weight[id]!;
  const bySkeleton = new Map<string, number[]>();
  skeleton.forEach((s, i) => {
    if (s.length < 2) return;
    const l = bySkeleton.get(s);
    if (l) l.push(i);
    else bySkeleton.set(s, [i]);
  });
  return {
    records,
    names,
    vocab: { ids, text, skeleton, role, weight, postings: posting.map((p) => Int32Array.from(p)) },
    bySkeleton,
    deletions: null,
    fuzzyLookups: 0,
    recordList: records.map((r) => r.list),
    nameWeight,
    unseenWeight: Math.log(1 + N),
  };
}

/** The one-deletion lookup, built once on first need. */
export function deletionIndex(index: NameIndex): Map<string, number[]> {
  if (index.deletions) return index.deletions;
  const m = new Map<string, number[]>();
  index.vocab.text.forEach((t, id) => {
    for (const k of deletionKeys(t)) {
      const l = m.get(k);
      if (l) {
        if (l[l.length - 1] !== id) l.push(id);
      } else m.set(k, [id]);
    }
  });
  index.deletions = m;
  return m;
}
