/**
 * The network as FollowTheMoney entities (the data model of Aleph and OpenSanctions), one JSON
 * object per line: parties as Company / Organization / PublicBody / Person / Vessel, ownership as
 * Ownership, designations as Sanction, other relations as UnknownLink with the item and evidence in
 * their text. Countries become `country` properties (ISO alpha-2, lower case). Items and control
 * entries have no FtM schema: they are named on the links. No contact details are exported.
 */
import { country as countryRecord } from '../../common/countries.js';
import type { NetworkEntity, NetworkGraph, NetworkRelation } from '../types.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function alpha2(a3: string | null): string[] {
  const c = a3 ? countryRecord(a3) : null;
  return c?.alpha2 ? [c.alpha2.toLowerCase()] : [];
}

function schemaOf(e: NetworkEntity, governments: Set<string>): string | null {
  if (e.kind === 'person') return 'Person';
  if (e.kind === 'vessel') return 'Vessel';
  if (e.kind !== 'organization') return null;
  if (governments.has(e.id) || /^(?:Government|Ministry|MFA|MOD)\b|\b(?:Ministry|Government|Council|Agency|Armed Forces|Air Force|Army|Navy|Customs)\b/.test(e.name)) return 'PublicBody';
  return /\b(?:Ltd|Limited|Co|Company|Corp|Corporation|Inc|GmbH|AG|S\.?A|S\/A|B\.?V|N\.?V|LLC|PLC|Sdn Bhd|Pvt|Ltda|Industries|Group|Trading)\b\.?/i.test(e.name) ? 'Company' : 'Organization';
}

function evidenceText(r: NetworkRelation): string {
  return r.evidence.map((e) => `${e.cable} ¶${e.paragraph}`).join('; ');
}

/**
 * FtM entities for a graph (already limited to what the reader may see).
 * @example toFtm(graph).find((e) => e.schema === 'Ownership')?.properties.owner
 */
export function toFtm(graph: NetworkGraph): FtmEntity[] {
  const out: FtmEntity[] = [];
  const located = new Map<string, string>();
  for (const r of graph.relations) if (r.kind === 'located-in') located.set(r.from, r.to.replace(/^country:/, ''));
  const controls = new Map<string, string[]>();
  for (const r of graph.relations) if (r.kind === 'controlled-under') controls.set(r.from, [...(controls.get(r.from) ?? []), graph.entities.get(r.to)?.aliases.find((a) => /\d/.test(a)) ?? graph.entities.get(r.to)?.name ?? r.to]);
  // transfers to a state (not an FtM entity) are told in the party's notes
  const stateNotes = new Map<string, string[]>();
  for (const r of graph.relations) {
    if (!r.to.startsWith('country:') || r.kind === 'located-in') continue;
    const item = r.item ? graph.entities.get(r.item)?.name : undefined;
    stateNotes.set(r.from, [...(stateNotes.get(r.from) ?? []), `${r.kind} ${r.to.slice(8)}${item ? `: ${item}` : ''} (${evidenceText(r)})`]);
  }
  const parties = new Set<string>();
  for (const e of graph.entities.values()) {
    const schema = schemaOf(e, new Set());
    if (!schema) continue;
    parties.add(e.id);
    const props: Record<string, string[]> = { name: [e.name] };
    if (e.aliases.length) props['alias'] = [...e.aliases];
    const c = alpha2(e.country ?? located.get(e.id) ?? null);
    if (c.length) props[schema === 'Person' ? 'nationality' : schema === 'Vessel' ? 'flag' : 'country'] = c;
    props['notes'] = [`mentioned in ${[...new Set(e.mentions.map((m) => m.cable))].join(', ')}`, ...(stateNotes.get(e.id) ?? [])];
    out.push({ id: e.id, schema, properties: props });
  }
  graph.relations.forEach((r, i) => {
    if (!parties.has(r.from)) return;
    const id = `rel-${i}-${r.kind}`;
    const item = r.item ? graph.entities.get(r.item) : undefined;
    const itemText = item ? `${item.name}${controls.get(item.id) ? ` (controlled under ${controls.get(item.id)!.join(', ')})` : ''}` : '';
    if (r.kind === 'subsidiary-of' && parties.has(r.to)) {
      out.push({ id, schema: 'Ownership', properties: { owner: [r.to], asset: [r.from], role: ['subsidiary / front'], description: [evidenceText(r)] } });
    } else if (r.kind === 'sanctioned-by') {
      const authority = graph.entities.get(r.to)?.name ?? r.to;
      out.push({ id, schema: 'Sanction', properties: { entity: [r.from], authority: [authority], summary: [evidenceText(r)] } });
    } else if (parties.has(r.to)) {
      out.push({ id, schema: 'UnknownLink', properties: { subject: [r.from], object: [r.to], role: [itemText ? `${r.kind}: ${itemText}` : r.kind], description: [evidenceText(r)] } });
    }
  });
  return out;
}
