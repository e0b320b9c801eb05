/**
 * Queries over the network: filters (entity, country, item, control entry, date range),
 * neighbours and shortest paths.
 */
import type { NetworkEntity, NetworkGraph, NetworkRelation, Evidence } from './types.js';
import { toAlpha3 } from '../common/countries.js';

export interface GraphFilter {
  /** a name, alias or id (case-insensitive; a part of a name matches) */
  entity?: string;
  /** ISO alpha-3, alpha-2 or English name */
  country?: string;
  item?: string;
  /** a control entry as written or normalised: `6A002.a.3`, `6.A.2.a.3`, `MTCR` */
  control?: string;
  /** YYYY-MM-DD bounds, inclusive */
  from?: string;
  to?: string;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Entities whose id, name or an alias contains the query. */
export function findEntities(graph: NetworkGraph, query: string, kinds?: string[]): NetworkEntity[] {
  const q = norm(query);
  if (!q) return [];
  const out: NetworkEntity[] = [];
  for (const e of graph.entities.values()) {
    if (kinds && !kinds.includes(e.kind)) continue;
    if (e.id.toLowerCase() === query.toLowerCase() || [e.name, ...e.aliases].some((n) => ` ${norm(n)} `.includes(` ${q} `))) out.push(e);
  }
  return out;
}

/** Control entries matching a query in any notation (6.A.2.a.3 = 6A002.a.3). */
function controlIds(graph: NetworkGraph, query: string): Set<string> {
  const q = controlKey(query);
  const out = new Set<string>();
  for (const e of graph.entities.values()) {
    if (e.kind !== 'control-entry') continue;
    if ([e.id, e.name, ...e.aliases].some((n) => controlKey(n).includes(q))) out.add(e.id);
  }
  return out;
}

/** A control entry in one notation: Wassenaar dotted `6.A.2.a.3` becomes ECCN style `6a002a3`. */
export function controlKey(s: string): string {
  const dotted = /(?<![\dA-Za-z])(\d{1,2})\.\s?([A-E])\.\s?(\d{1,3})((?:\.[a-z0-9]+)*)/i.exec(s);
  const t = dotted && Number(dotted[1]) < 10 ? s.replace(dotted[0], `${dotted[1]}${dotted[2]}${dotted[3]!.padStart(3, '0')}${dotted[4] ?? ''}`) : s;
  return t.toLowerCase().replace(/control-entry:/, '').replace(/[^a-z0-9]+/g, '');
}

function inRange(ev: Evidence, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!ev.date) return false;
  const d = ev.date.slice(0, 10);
  return (!from || d >= from) && (!to || d <= to);
}

/** The subgraph induced by a set of relations (their endpoints and items), plus `extra` entities. */
function induced(graph: NetworkGraph, relations: NetworkRelation[], extra: Iterable<string> = []): NetworkGraph {
  const ids = new Set<string>(extra);
  for (const r of relations) {
    ids.add(r.from);
    ids.add(r.to);
    if (r.item) ids.add(r.item);
  }
  const entities = new Map<string, NetworkEntity>();
  for (const id of ids) {
    const e = graph.entities.get(id);
    if (e) entities.set(id, e);
  }
  return { entities, relations };
}

/**
 * Apply filters; each narrows the graph. Entity: the matching entities, their relations and
 * neighbours. Country: relations touching a party of that country (or the country). Item: relations
 * that move it and its control entries. Control entry: the items controlled under it and their
 * relations. Dates: evidence outside the range is dropped, and edges left without evidence.
 */
export function filterGraph(graph: NetworkGraph, f: GraphFilter): NetworkGraph {
  let g = graph;
  if (f.from || f.to) {
    const relations = g.relations
      .map((r) => ({ ...r, evidence: r.evidence.filter((e) => inRange(e, f.from, f.to)) }))
      .filter((r) => r.evidence.length);
    const entities = new Map<string, NetworkEntity>();
    for (const e of g.entities.values()) {
      const mentions = e.mentions.filter((m) => inRange(m, f.from, f.to));
      if (mentions.length) entities.set(e.id, { ...e, mentions });
    }
    g = { entities, relations: relations.filter((r) => entities.has(r.from) && entities.has(r.to)) };
  }
  if (f.entity) {
    const ids = new Set(findEntities(g, f.entity).map((e) => e.id));
    g = induced(g, g.relations.filter((r) => ids.has(r.from) || ids.has(r.to)), ids);
  }
  if (f.country) {
    const cc = toAlpha3(f.country) ?? f.country.toUpperCase();
    const touches = (id: string) => {
      const e = g.entities.get(id);
      return e !== undefined && (e.country === cc || e.id === `country:${cc}`);
    };
    const ids = [...g.entities.values()].filter((e) => touches(e.id)).map((e) => e.id);
    g = induced(g, g.relations.filter((r) => touches(r.from) || touches(r.to)), ids);
  }
  if (f.item) {
    const ids = new Set(findEntities(g, f.item, ['item']).map((e) => e.id));
    g = induced(g, g.relations.filter((r) => (r.item && ids.has(r.item)) || ids.has(r.from) || ids.has(r.to)), ids);
  }
  if (f.control) {
    const cids = controlIds(g, f.control);
    const items = new Set(g.relations.filter((r) => r.kind === 'controlled-under' && cids.has(r.to)).map((r) => r.from));
    g = induced(g, g.relations.filter((r) => cids.has(r.to) || (r.item !== null && items.has(r.item)) || items.has(r.from)), cids);
  }
  return g;
}

/** Adjacency (both directions) of the graph's relations. */
function adjacency(graph: NetworkGraph): Map<string, Array<{ to: string; rel: NetworkRelation }>> {
  const adj = new Map<string, Array<{ to: string; rel: NetworkRelation }>>();
  const add = (a: string, b: string, rel: NetworkRelation) => adj.set(a, [...(adj.get(a) ?? []), { to: b, rel }]);
  for (const r of graph.relations) {
    add(r.from, r.to, r);
    add(r.to, r.from, r);
  }
  return adj;
}

/** The entities within `depth` hops of `id` (any relation, either direction), with the relations among them. */
export function neighbours(graph: NetworkGraph, id: string, depth = 1): NetworkGraph {
  const adj = adjacency(graph);
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) for (const { to } of adj.get(n) ?? []) if (!seen.has(to)) seen.add(to), next.push(to);
    frontier = next;
  }
  return induced(graph, graph.relations.filter((r) => seen.has(r.from) && seen.has(r.to)), seen);
}

/** A shortest chain of relations between two entities (either direction), or null. Breadth-first. */
export function shortestPath(graph: NetworkGraph, from: string, to: string): NetworkRelation[] | null {
  if (from === to) return [];
  const adj = adjacency(graph);
  const prev = new Map<string, { node: string; rel: NetworkRelation }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const { to: m, rel } of adj.get(n) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        prev.set(m, { node: n, rel });
        if (m === to) {
          const path: NetworkRelation[] = [];
          for (let c = to; c !== from; c = prev.get(c)!.node) path.unshift(prev.get(c)!.rel);
          return path;
        }
        next.push(m);
      }
    }
    frontier = next;
  }
  return null;
}
