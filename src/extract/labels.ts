/**
 * Licence and shipping records written as labelled fields ("SELLER:", "FOREIGN CONSIGNEE:",
 * "FOREIGN END-USER:", "Shipper ... Consignee:"): the parties named after the labels and the
 * supply and end-use relations between them.
 */
import type { Placed, LocalRelation } from './relations.js';
import { execAll } from './text.js';

const labelRe = /\b(SELLER|SHIPPER|Shipper|EXPORTER|FOREIGN INTERMEDIATE CONSIGNEES?|INTERMEDIATE CONSIGNEES?|FOREIGN CONSIGNEE|ULTIMATE CONSIGNEE|CONSIGNEE|Consignee|FOREIGN END[- ]USERS?|END[- ]USERS?|PURCHASER)\b\s*:?\s*/g;

type Role = 'seller' | 'intermediate' | 'consignee' | 'end-user';

function roleOf(label: string): Role {
  const l = label.toUpperCase();
  if (/SELLER|SHIPPER|EXPORTER/.test(l)) return 'seller';
  if (/INTERMEDIATE/.test(l)) return 'intermediate';
  if (/END/.test(l)) return 'end-user';
  return 'consignee';
}

/** The labels of a seller: every relation of a record is the seller's, so a text without one has none. */
const sellerLabels = ['SELLER', 'SHIPPER', 'Shipper', 'EXPORTER'];

/** Relations from labelled fields of one paragraph. */
export function labelRelations(text: string, placed: Placed[]): LocalRelation[] {
  // most paragraphs are no record: a few substring searches instead of the label pattern
  if (!sellerLabels.some((label) => text.includes(label))) return [];
  const roles: Array<{ role: Role; party: Placed; at: number }> = [];
  for (const m of execAll(labelRe, text)) {
    const end = (m.index ?? 0) + m[0].length;
    const party = placed.find((p) => p.start >= end && p.start - end < 6 && (p.kind === 'organization' || p.kind === 'person'));
    if (party) roles.push({ role: roleOf(m[1]!), party, at: m.index ?? 0 });
  }
  const out: LocalRelation[] = [];
  const seller = roles.find((r) => r.role === 'seller');
  if (!seller) return out;
  const item = placed.find((p) => p.kind === 'item');
  const itemText = item ? (item.wide ?? item.name) : null;
  const to = roles.find((r) => r.role === 'consignee') ?? roles.find((r) => r.role === 'intermediate');
  const span = (r: { at: number }) => ({ start: Math.min(seller.at, r.at), end: Math.max(seller.at, r.at) + 1 });
  if (to && to.party.key !== seller.party.key) out.push({ kind: 'supplies', from: seller.party.key, to: to.party.key, item: itemText, ...span(to) });
  for (const r of roles.filter((x) => x.role === 'end-user')) {
    if (r.party.key !== seller.party.key) out.push({ kind: 'end-user-of', from: r.party.key, to: seller.party.key, item: itemText, ...span(r) });
  }
  return out;
}
