/**
 * The screener: sources → one candidate index → ranked, explained matches for a name.
 */
import type { ScreeningRecord, Citation } from './model.js';
import type { ScreeningSource } from './sources.js';
import { buildNameIndex, type NameIndex } from './nameIndex.js';
import { nameTokens } from './tokens.js';
import { resolveQuery } from './queryTokens.js';
import { candidateNames } from './candidates.js';
import { scoreName } from './score.js';
import { corroborate, type QueryFacts } from './corroborate.js';
import { explain, type Explanation } from './explain.js';
import { alertThreshold, weakAliasFactor } from './threshold.js';

export interface Screener {
  index: NameIndex;
  sources: { slug: string; date: string; description: string; records: number }[];
  threshold: number;
}

export interface ScreenQuery extends QueryFacts {
  name: string;
  /** restrict to these list slugs */
  lists?: readonly string[];
}

export interface ScreenOptions {
  /** at most this many matches (default 10) */
  limit?: number;
  /** report matches from this score up (default: the alert threshold) */
  minScore?: number;
}

export interface Match {
  list: string;
  id: string;
  /** the record's primary name */
  name: string;
  /** the list name or alias that matched */
  matched: string;
  score: number;
  listDate: string;
  type: ScreeningRecord['type'];
  countries: string[];
  programs: string[];
  citations?: Citation[];
  explanation: Explanation;
}

export interface ScreenResult {
  query: string;
  matches: Match[];
}

/**
 * Build a screener over sources.
 * @example createScreener([listSource(snapshot)])
 */
export function createScreener(sources: readonly ScreeningSource[], threshold = alertThreshold): Screener {
  const records: ScreeningRecord[] = [];
  const summary = sources.map((s) => {
    let n = 0;
    for (const r of s.records()) {
      records.push(r);
      n++;
    }
    return { slug: s.slug, date: s.date, description: s.description, records: n };
  });
  return { index: buildNameIndex(records), sources: summary, threshold };
}

const candidateLimit = 30;
const noCorroboration = { adjustment: 0, notes: [] as string[] };
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Screen one name.
 * @example screenName(screener, { name: 'Zhejiang Dali Technology Co., Ltd.' }).matches[0]?.id
 */
export function screenName(screener: Screener, query: ScreenQuery, opts: ScreenOptions = {}): ScreenResult {
  const { index } = screener;
  const limit = opts.limit ?? 10;
  const minScore = opts.minScore ?? screener.threshold;
  const tokens = nameTokens(query.name);
  if (tokens.length === 0) return { query: query.name, matches: [] };
  const resolved = resolveQuery(index, tokens);
  const baseWeights = resolved.filter((q) => q.span[0] === q.span[1]).map((q) => q.weight);
  const lists = query.lists?.length ? new Set(query.lists) : undefined;
  const hasFacts = Boolean(query.country || query.type || query.dob);
  const best = new Map<number, { score: number; name: number; raw: ReturnType<typeof scoreName>; adj: ReturnType<typeof corroborate> }>();
  for (const n of candidateNames(index, resolved, { limit: candidateLimit, lists })) {
    const name = index.names[n]!;
    const raw = scoreName(index, resolved, baseWeights, name);
    if (raw.score <= 0) continue;
    const record = index.records[name.record]!;
    const adj = hasFacts ? corroborate(query, record) : noCorroboration;
    const score = Math.max(0, Math.min(1, raw.score * (name.kind === 'weak' ? weakAliasFactor : 1) + adj.adjustment));
    const prev = best.get(name.record);
    if (!prev || score > prev.score || (score === prev.score && name.kind === 'primary')) best.set(name.record, { score, name: n, raw, adj });
  }
  // Ties (the same name on several records) are broken by: the words in the query's order, the name
  // written exactly as the query, an original list before the CSL (which copies other lists), fewer words.
  const queryKey = tokens.map((t) => t.text).join(' ');
  const exact = (n: number) => (Array.from(index.names[n]!.tokens, (id) => index.vocab.text[id]).join(' ') === queryKey ? 0 : 1);
  const copy = (ri: number) => (index.recordList[ri] === 'us-csl' ? 1 : 0);
  const ranked = [...best.entries()]
    .filter(([, b]) => b.score >= minScore)
    .sort(
      (a, b) =>
        round(b[1].score) - round(a[1].score) ||
        Number(b[1].raw.inOrder) - Number(a[1].raw.inOrder) ||
        exact(a[1].name) - exact(b[1].name) ||
        copy(a[0]) - copy(b[0]) ||
        index.names[a[1].name]!.tokens.length - index.names[b[1].name]!.tokens.length,
    )
    .slice(0, limit);
  const matches = ranked.map(([ri, b]): Match => {
    const record = index.records[ri]!;
    const name = index.names[b.name]!;
    const m: Match = {
      list: record.list,
      id: record.id,
      name: record.names[0]?.name ?? '',
      matched: name.text,
      score: round(b.score),
      listDate: record.listDate,
      type: record.type,
      countries: record.countries,
      programs: record.programs,
      explanation: explain(index, tokens, name, b.raw, b.adj, b.score),
    };
    if (record.citations) m.citations = record.citations;
    return m;
  });
  return { query: query.name, matches };
}
