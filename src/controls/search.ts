/**
 * Search over entry text, notes and defined terms: a small BM25 index over every entry and sub-entry,
 * with query expansion through the Wassenaar definitions and common abbreviations.
 */
import { searchableTexts } from './entries.js';
import { wassenaarData } from './data.js';

const stop = new Set('a an and are as at be by for from has have in is it its of on or that the this to with which as follows following any all not other than therefor specially designed'.split(' '));

const abbreviations: Record<string, string> = {
  fpa: 'focal plane array',
  fpas: 'focal plane array',
  ir: 'infrared',
  uav: 'unmanned aerial vehicle',
  uavs: 'unmanned aerial vehicle',
  cnc: 'numerical control',
  mmic: 'monolithic microwave integrated circuit',
  roic: 'read-out integrated circuit',
  gnss: 'global navigation satellite',
  gps: 'global navigation satellite',
  imu: 'inertial measurement',
};

/** Lower-case word stems of a text (plural and a few suffixes folded). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().normalize('NFKD').split(/[^a-z0-9µμ]+/)) {
    if (!raw || stop.has(raw) || raw.length < 2) continue;
    out.push(stem(raw));
  }
  return out;
}

function stem(w: string): string {
  if (/^\d/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

interface Index {
  ids: string[];
  lengths: number[];
  avg: number;
  postings: Map<string, Array<[number, number]>>;
}

let index: Index | null = null;

function build(): Index {
  const docs = searchableTexts();
  const postings = new Map<string, Array<[number, number]>>();
  const lengths: number[] = [];
  docs.forEach((d, i) => {
    const toks = tokens(d.text);
    lengths.push(toks.length);
    const tf = new Map<string, number>();
    for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push([i, n]);
    }
  });
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  index = { ids: docs.map((d) => d.id), lengths, avg, postings };
  return index;
}

/** BM25 term weight (k1 1.2, b 0.75). */
function bm25(tf: number, df: number, n: number, len: number, avg: number): number {
  const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  return (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * len) / avg));
}

/** A defined term that matched the query. */
export interface DefinitionHit {
  term: string;
  qualifier: string | null;
  scope: string | null;
  text: string;
}

/** Definitions whose term occurs in the query, or whose term words all occur in it. */
export function matchDefinitions(query: string): DefinitionHit[] {
  const q = new Set(tokens(expandAbbreviations(query)));
  return wassenaarData()
    .definitions.filter((d) => {
      const t = tokens(d.term);
      return t.length > 0 && t.every((w) => q.has(w));
    })
    .map((d) => ({ term: d.term, qualifier: d.qualifier, scope: d.scope, text: d.text }));
}

function expandAbbreviations(query: string): string {
  return query.replace(/[A-Za-z]+/g, (w) => (abbreviations[w.toLowerCase()] ? `${w} ${abbreviations[w.toLowerCase()]}` : w));
}

/** One search hit. */
export interface SearchHit {
  id: string;
  score: number;
  matched: string[];
}

/**
 * Rank entries for a description.
 * @example searchEntries('infrared focal plane array')[0].id // an entry under 6A002.a.3
 */
export function searchEntries(query: string, limit = 10): SearchHit[] {
  const idx = index ?? build();
  const expanded = expandAbbreviations(query);
  const weights = new Map<string, number>();
  for (const t of tokens(expanded)) weights.set(t, 1);
  for (const d of matchDefinitions(query)) for (const t of tokens(d.text)) if (!weights.has(t)) weights.set(t, 0.15);
  const scores = new Map<number, { s: number; m: Set<string> }>();
  const n = idx.ids.length;
  for (const [t, w] of weights) {
    const p = idx.postings.get(t);
    if (!p) continue;
    for (const [doc, tf] of p) {
      const cur = scores.get(doc) ?? { s: 0, m: new Set<string>() };
      cur.s += w * bm25(tf, p.length, n, idx.lengths[doc]!, idx.avg);
      if (w === 1) cur.m.add(t);
      scores.set(doc, cur);
    }
  }
  const queryTerms = [...weights].filter(([, w]) => w === 1).length;
  return [...scores.entries()]
    .map(([doc, v]) => ({ id: idx.ids[doc]!, score: v.s * (0.5 + (0.5 * v.m.size) / Math.max(1, queryTerms)), matched: [...v.m] }))
    .filter((h) => h.matched.length > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((h) => ({ ...h, score: Math.round(h.score * 1000) / 1000 }));
}
