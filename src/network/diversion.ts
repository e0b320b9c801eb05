/**
 * Diversion paths: chains along which controlled goods move from a supplier country through
 * intermediaries to an embargoed or high-risk destination, each step citing its evidence.
 * Goods move along supplies and ships (from → to), procures-from and end-user-of (reversed:
 * seller → buyer), and brokers (agent → principal).
 */
import type { DiversionPath, NetworkGraph, NetworkRelation, PathStep } from './types.js';
import { highRiskDestinations } from './destinations.js';

interface Move {
  from: string;
  to: string;
  rel: NetworkRelation;
}

function moves(graph: NetworkGraph): Map<string, Move[]> {
  const out = new Map<string, Move[]>();
  const add = (from: string, to: string, rel: NetworkRelation) => out.set(from, [...(out.get(from) ?? []), { from, to, rel }]);
  for (const r of graph.relations) {
    if (r.kind === 'supplies' || r.kind === 'ships' || r.kind === 'brokers') add(r.from, r.to, r);
    else if (r.kind === 'procures-from' || r.kind === 'end-user-of') add(r.to, r.from, r);
  }
  return out;
}

function countryOf(graph: NetworkGraph, id: string): string | null {
  const e = graph.entities.get(id);
  if (!e) return null;
  return e.kind === 'country' ? (/^country:(\w{3})$/.exec(e.id)?.[1] ?? e.country) : e.country;
}

export interface DiversionOptions {
  /** longest chain (steps); default 4 */
  maxSteps?: number;
  /** also report chains whose items are not known to be controlled; default false */
  includeUncontrolled?: boolean;
}

/**
 * Every chain of two or more moves that starts in a country outside the high-risk groups, passes an
 * intermediary in another country and ends in a high-risk destination; by default only chains that
 * move an item controlled under some entry (a controlled-under edge in the graph).
 * @example diversionPaths(buildGraph(seedRecords))[0].countries // ['FRA', 'CHN', 'IRN']
 */
export function diversionPaths(graph: NetworkGraph, options: DiversionOptions = {}): DiversionPath[] {
  const maxSteps = options.maxSteps ?? 4;
  const risky = highRiskDestinations();
  const adj = moves(graph);
  const controlsOf = new Map<string, string[]>();
  for (const r of graph.relations) if (r.kind === 'controlled-under') controlsOf.set(r.from, [...(controlsOf.get(r.from) ?? []), r.to]);
  const out: DiversionPath[] = [];
  const seen = new Set<string>();
  const walk = (path: Move[], visited: Set<string>) => {
    const last = path[path.length - 1]!;
    const dest = countryOf(graph, last.to);
    if (path.length >= 2 && dest && risky.has(dest)) {
      const countries = [countryOf(graph, path[0]!.from), ...path.map((m) => countryOf(graph, m.to))];
      const distinct = countries.filter((c, i) => c && c !== countries[i - 1]) as string[];
      const controls = [...new Set(path.flatMap((m) => (m.rel.item ? (controlsOf.get(m.rel.item) ?? []) : [])))];
      const id = path.map((m) => `${m.from}>${m.to}`).join('|');
      if (distinct.length >= 3 && (controls.length || options.includeUncontrolled) && !seen.has(id)) {
        seen.add(id);
        out.push({ countries: distinct, steps: path.map((m) => step(graph, m)), destinationGroups: risky.get(dest)!, controls });
      }
    }
    if (path.length >= maxSteps) return;
    for (const m of adj.get(last.to) ?? []) {
      if (visited.has(m.to)) continue;
      visited.add(m.to);
      walk([...path, m], visited);
      visited.delete(m.to);
    }
  };
  for (const [start, ms] of adj) {
    const c = countryOf(graph, start);
    if (!c || risky.has(c)) continue;
    for (const m of ms) walk([m], new Set([start, m.to]));
  }
  return out.sort((a, b) => a.steps.length - b.steps.length || a.countries.join().localeCompare(b.countries.join()));
}

function step(graph: NetworkGraph, m: Move): PathStep {
  return { kind: m.rel.kind, from: m.from, to: m.to, item: m.rel.item, fromCountry: countryOf(graph, m.from), toCountry: countryOf(graph, m.to), evidence: m.rel.evidence };
}
