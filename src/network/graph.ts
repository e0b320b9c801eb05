/**
 * Build the network from per-cable extractions: parties resolved across cables, countries, items
 * and control entries as shared nodes, one edge per (kind, from, to, item) with all its evidence.
 */
import type { ExtractionRecord, NetworkEntity, NetworkGraph, NetworkRelation, Evidence } from './types.js';
import { resolveParties, isParty, type CableParty } from './resolve.js';

/**
 * Build the graph. Records are assumed already limited to what the reader may read.
 * @example buildGraph([{cable: '09STATE96222', date: '2009-09-16', extraction: extractNetwork(seed)}])
 */
export function buildGraph(records: ExtractionRecord[]): NetworkGraph {
  // 1. the parties of each cable
  const partyByKey = new Map<string, CableParty>();
  for (const r of records) {
    for (const m of r.extraction.mentions) {
      if (!isParty(m.kind)) continue;
      const k = `${r.cable}|${m.key}`;
      const p = partyByKey.get(k) ?? { cable: r.cable, key: m.key, kind: m.kind, names: [], country: m.country };
      for (const n of [m.name, ...(m.aliases ?? [])]) if (n && !p.names.includes(n)) p.names.push(n);
      if (!p.country && m.country) p.country = m.country;
      partyByKey.set(k, p);
    }
  }
  const { nodeOf } = resolveParties([...partyByKey.values()]);
  const idOf = (cable: string, key: string): string | null => {
    const node = nodeOf.get(`${cable}|${key}`);
    if (node) return node.id;
    return key.startsWith('organization:') || key.startsWith('person:') || key.startsWith('vessel:') ? null : key.replace(/\s+/g, '-');
  };
  const upperOnly = (s: string) => s === s.toUpperCase() && /[A-Z]/.test(s);
  // 2. entities with their mentions
  const entities = new Map<string, NetworkEntity>();
  for (const r of records) {
    for (const m of r.extraction.mentions) {
      const id = idOf(r.cable, m.key);
      if (!id) continue;
      let e = entities.get(id);
      if (!e) {
        const node = nodeOf.get(`${r.cable}|${m.key}`);
        e = { id, kind: m.kind, name: node?.name ?? m.name, country: node ? node.country : m.country, aliases: node ? [...node.aliases] : [...(m.aliases ?? [])], mentions: [] };
        entities.set(id, e);
      } else if (!isParty(m.kind)) {
        for (const n of [m.name, ...(m.aliases ?? [])]) if (n !== e.name && !e.aliases.includes(n)) e.aliases.push(n);
        // a name as written in running text reads better than the SUBJECT line's capitals
        if (upperOnly(e.name) && !upperOnly(m.name)) {
          e.aliases = [e.name, ...e.aliases.filter((a) => a !== m.name)];
          e.name = m.name;
        }
      }
      if (!e.mentions.some((x) => x.cable === r.cable && x.paragraph === m.span.paragraph)) {
        e.mentions.push({ cable: r.cable, paragraph: m.span.paragraph, date: r.date });
      }
    }
  }
  // 3. relations, merged on (kind, from, to, item)
  const byKey = new Map<string, NetworkRelation>();
  for (const r of records) {
    for (const rel of r.extraction.relations) {
      const from = idOf(r.cable, rel.from);
      const to = idOf(r.cable, rel.to);
      if (!from || !to || from === to || !entities.has(from) || !entities.has(to)) continue;
      const item = rel.item ? (idOf(r.cable, rel.item) ?? null) : null;
      const itemId = item && entities.has(item) ? item : null;
      const k = `${rel.kind}|${from}|${to}|${itemId ?? ''}`;
      const edge = byKey.get(k) ?? { kind: rel.kind, from, to, item: itemId, evidence: [] };
      const ev: Evidence = { cable: r.cable, paragraph: rel.span.paragraph, date: r.date, span: { start: rel.span.start, end: rel.span.end } };
      if (!edge.evidence.some((x) => x.cable === ev.cable && x.paragraph === ev.paragraph)) edge.evidence.push(ev);
      byKey.set(k, edge);
    }
  }
  return { entities, relations: [...byKey.values()] };
}
