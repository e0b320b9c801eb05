/**
 * Parties of the proliferation network (already limited to what the reader may read) as cable
 * parties for screening: organisations, persons and vessels with every citing cable and paragraph.
 */
import type { NetworkGraph } from '../network/types.js';
import type { CableParty } from './sources.js';

const partyKinds = new Set(['organization', 'person', 'vessel']);

/**
 * @example cablePartiesFromGraph(buildGraph(records)).map((p) => p.name)
 */
export function cablePartiesFromGraph(graph: NetworkGraph): CableParty[] {
  const out: CableParty[] = [];
  for (const e of graph.entities.values()) {
    if (!partyKinds.has(e.kind) || e.mentions.length === 0) continue;
    const seen = new Set<string>();
    const mentions = e.mentions
      .filter((m) => {
        const k = `${m.cable}|${m.paragraph}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .map((m) => ({ cable: m.cable, paragraph: m.paragraph, ...(m.date ? { date: m.date.slice(0, 10) } : {}) }));
    out.push({ id: e.id, name: e.name, aliases: e.aliases.filter((a) => a !== e.name), kind: e.kind === 'person' ? 'person' : 'organization', country: e.country, mentions });
  }
  return out;
}
