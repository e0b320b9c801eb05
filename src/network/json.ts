/**
 * The network as JSON (SPEC §5 `network --json`): entities and relations with evidence, and
 * optionally diversion paths and a shortest path.
 */
import type { DiversionPath, Evidence, NetworkGraph, NetworkRelation } from './types.js';

function evidenceJson(ev: Evidence[]): Array<{ cable: string; paragraph: string }> {
  return ev.map((e) => ({ cable: e.cable, paragraph: e.paragraph, ...(e.date ? { date: e.date.slice(0, 10) } : {}) }));
}

/** One relation in its JSON form. */
export function relationJson(r: NetworkRelation): Record<string, unknown> {
  return { kind: r.kind, from: r.from, to: r.to, item: r.item, evidence: evidenceJson(r.evidence) };
}

/** The graph in the SPEC §5 shape (entities sorted by kind and name, relations by kind and ends). */
export function graphJson(graph: NetworkGraph): { entities: Array<Record<string, unknown>>; relations: Array<Record<string, unknown>> } {
  const entities = [...graph.entities.values()]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, kind: e.kind, name: e.name, country: e.country, aliases: e.aliases, mentions: evidenceJson(e.mentions) }));
  const relations = [...graph.relations]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
    .map(relationJson);
  return { entities, relations };
}

/** Diversion paths in JSON form. */
export function pathsJson(paths: DiversionPath[]): Array<Record<string, unknown>> {
  return paths.map((p) => ({
    countries: p.countries,
    destinationGroups: p.destinationGroups,
    controls: p.controls,
    steps: p.steps.map((s) => ({ kind: s.kind, from: s.from, to: s.to, item: s.item, fromCountry: s.fromCountry, toCountry: s.toCountry, evidence: evidenceJson(s.evidence) })),
  }));
}
