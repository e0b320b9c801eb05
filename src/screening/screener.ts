/**
 * The screener: sources → one candidate index → ranked, explained matches for a name.
 */
import type { ScreeningRecord, Citation, WordList } from './model.js';
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
  /** set when the match was reached through a record on another list (restricted screening) */
  via?: { id: string; name: string; score: number };
  explanation: Explanation;
}

export interface ScreenResult {
  query: string;
  matches: Match[];
}

/**
 * Build a screener over sources (`vocabulary`: the one bundled snapshots carry, for a fast start).
 * @example createScreener([listSource(snapshot)])
 */
export function createScreener(sources: readonly ScreeningSource[], opts: { threshold?: number; vocabulary?: WordList } = {}): Screener {
  const threshold = opts.threshold ?? alertThreshold;
  const records: ScreeningRecord[] = [];
  const summary = sources.map((s) => {
    let n = 0;
    for (const r of s.records()) {
      records.push(r);
      n++;
    }
    return { slug: s.slug, date: s.date, description: s.description, records: n };
  });
  return { index: buildNameIndex(records, opts.vocabulary), sources: summary, threshold };
}

const candidateLimit = 30;
const noCorroboration = { adjustment: 0, notes: [] as string[] };
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Screen one name.
 * @example screenName(screener, { name: 'Zhejiang Dali Technology Co., Ltd.' }).matches[0]?.id
 */
export function screenName(screener: Screener, query: ScreenQuery, opts: ScreenOptions = {}): ScreenResult {
  const direct = screenDirect(screener, query, opts);
  // a near-exact direct hit needs no detour through other lists
  if (!query.lists?.length || (direct.matches[0]?.score ?? 0) >= 0.95) return direct;
  return { query: query.name, matches: mergeBridged(direct.matches, bridgedMatches(screener, query, opts), opts.limit ?? 10) };
}

/** How much a match through another list's record counts against a direct one. */
export const bridgeFactor = 0.95;
const maxBridgeNames = 5;

/**
 * Screening restricted to some lists also follows the same party through the other lists: when the
 * query is (nearly) a name of a record on another list, that record's other names are screened
 * against the lists asked for. `OMAR SABAWI…` on the SDN whose a.k.a. is how the UN writes him
 * finds the UN record; the match says `via` which record and name led there.
 */
function bridgedMatches(screener: Screener, query: ScreenQuery, opts: ScreenOptions): Match[] {
  const wanted = new Set(query.lists);
  const bridges = screenDirect(screener, { ...query, lists: undefined }, { limit: 3, minScore: 0.95 })
    .matches.filter((m) => !wanted.has(m.list))
    .slice(0, 2);
  const out: Match[] = [];
  const recordAt = recordPositions(screener);
  for (const b of bridges) {
    const record = screener.index.records[recordAt.get(b.id)!]!;
    const seen = new Set<string>([b.matched]);
    // the record's other names, primary first, at most a handful (some records carry dozens of aliases)
    const names = record.names.filter((n) => n.kind !== 'weak' && !seen.has(n.name) && seen.add(n.name)).slice(0, maxBridgeNames);
    for (const n of names) {
      const via = { id: b.id, name: n.name, score: b.score };
      for (const m of screenDirect(screener, { ...query, name: n.name }, { limit: 3, minScore: opts.minScore }).matches) {
        const score = Math.round(b.score * m.score * bridgeFactor * 1000) / 1000;
        if (score < (opts.minScore ?? screener.threshold)) continue;
        const explanation = m.explanation;
        out.push({ ...m, score, via, explanation: { ...explanation, summary: `via ${b.id} (${JSON.stringify(b.matched)} ${b.score}, also known as ${JSON.stringify(n.name)}): ${explanation.summary}` } });
      }
    }
  }
  return out;
}

function mergeBridged(direct: Match[], bridged: Match[], limit: number): Match[] {
  const best = new Map<string, Match>();
  for (const m of [...direct, ...bridged]) {
    const prev = best.get(m.id);
    if (!prev || m.score > prev.score) best.set(m.id, m);
  }
  const order = new Map([...direct, ...bridged].map((m, i) => [m, i]));
  return [...best.values()].sort((a, b) => b.score - a.score || order.get(a)! - order.get(b)!).slice(0, limit);
}

const positions = new WeakMap<Screener, Map<string, number>>();
function recordPositions(screener: Screener): Map<string, number> {
  let m = positions.get(screener);
  if (!m) positions.set(screener, (m = new Map(screener.index.records.map((r, i) => [r.id, i]))));
  return m;
}

/** Screen one name against the index, no bridging. */
function screenDirect(screener: Screener, query: ScreenQuery, opts: ScreenOptions): ScreenResult {
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
  const keyed = [...best.entries()]
    .filter(([, b]) => b.score >= minScore)
    .map(([ri, b]) => {
      const name = index.names[b.name]!;
      const exact = Array.from(name.tokens, (id) => index.vocab.text[id]).join(' ') === queryKey ? 0 : 1;
      return { ri, b, key: [-round(b.score), b.raw.inOrder ? 0 : 1, exact, index.recordList[ri] === 'us-csl' ? 1 : 0, name.tokens.length] };
    });
  const ranked = keyed
    .sort((x, y) => {
      for (let i = 0; i < x.key.length; i++) if (x.key[i] !== y.key[i]) return x.key[i]! - y.key[i]!;
      return 0;
    })
    .map(({ ri, b }) => [ri, b] as const)
    .slice(0, limit);
  const matches = ranked.map(([ri, b]): Match => {
    const record = index.records[ri]!;
    const name = index.names[b.name]!;
    let explanation: Explanation | undefined;
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
      // built when read (printed, serialised), not for every ranked candidate
      get explanation() {
        return (explanation ??= explain(index, tokens, name, b.raw, b.adj, b.score));
      },
    };
    if (record.citations) m.citations = record.citations;
    return m;
  });
  return { query: query.name, matches };
}
