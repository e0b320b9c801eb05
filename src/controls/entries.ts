/**
 * The entry index: every numbered entry and sub-entry of the bundled lists (U.S. CCL, Wassenaar 2025
 * dual-use and munitions, EU 2021/821 Annex I) under one canonical id, with its parents and children.
 */
import { cclData, euData, wassenaarData, type CclRecord } from './data.js';
import { parseEntryNumber, toWassenaarNotation, wassenaarToEccn, eccnToWassenaar } from './notation.js';

/** Which list holds an entry. */
export type ListId = 'ccl' | 'wassenaar' | 'eu';

interface Node {
  id: string;
  base: string;
  path: string[];
  ccl: string | null;
  eu: string | null;
  wa: string | null;
  children: string[];
}

/** A control entry as shown to users. */
export interface ControlEntry {
  id: string;
  kind: 'dual-use' | 'munitions';
  /** ECCN of a dual-use entry (`6A002`), null for ML entries */
  eccn: string | null;
  path: string[];
  notations: { ccl: string | null; wassenaar: string | null; eu: string | null };
  lists: ListId[];
  heading: string;
  /** the entry's own text (CCL paragraph, else the EU / Wassenaar heading) */
  text: string;
  parents: Array<{ id: string; heading: string }>;
  children: string[];
  /** Wassenaar Sensitive / Very Sensitive List status of the entry or of an ancestor */
  wassenaarList: 'very-sensitive' | 'sensitive' | null;
  /** sub-entries named on the Sensitive / Very Sensitive lists */
  sensitiveSubEntries: string[];
  /** what those lists print under the entry or its ancestors (their Notes narrow the listing) */
  wassenaarListNotes: Array<{ list: 'sensitive' | 'very-sensitive'; code: string; text: string }>;
}

interface Index {
  nodes: Map<string, Node>;
  ccl: Map<string, CclRecord>;
  waTop: Set<string>;
  sensitive: Set<string>;
  verySensitive: Set<string>;
}

let index: Index | null = null;

function node(nodes: Map<string, Node>, id: string): Node {
  let n = nodes.get(id);
  if (n) return n;
  const [base, ...path] = id.split('.');
  n = { id, base: base!, path, ccl: null, eu: null, wa: null, children: [] };
  nodes.set(id, n);
  if (path.length) {
    const parent = node(nodes, [base, ...path.slice(0, -1)].join('.'));
    parent.children.push(id);
  }
  return n;
}

function waCodeToId(code: string): string | null {
  const ml = /^ML\d+/.test(code);
  if (ml) return code;
  const m = /^(\d)\.([A-E])\.(\d+)((?:\.[a-z0-9]+)*)$/.exec(code);
  return m ? wassenaarToEccn(m[1]!, m[2]!, m[3]!) + (m[4] ?? '') : null;
}

function build(): Index {
  const nodes = new Map<string, Node>();
  const ccl = new Map<string, CclRecord>();
  for (const r of cclData().entries) {
    ccl.set(r.eccn, r);
    node(nodes, r.eccn).ccl = r.heading;
    for (const [p, text] of r.paragraphs) node(nodes, `${r.eccn}.${p}`).ccl = text;
  }
  for (const e of euData().annexI) {
    const parsed = parseEntryNumber(e.entry);
    if (parsed) node(nodes, parsed.id).eu = e.heading;
  }
  const wa = wassenaarData();
  const waTop = new Set<string>();
  for (const b of [...wa.dualUse, ...wa.munitions]) {
    const id = waCodeToId(b.code);
    if (!id) continue;
    node(nodes, id).wa = b.heading;
    if (id.split('.').length === 1) waTop.add(id);
  }
  const ids = (codes: string[]) => new Set(codes.map(waCodeToId).filter((x): x is string => x !== null));
  index = { nodes, ccl, waTop, sensitive: ids(wa.sensitive), verySensitive: ids(wa.verySensitive) };
  return index;
}

function getIndex(): Index {
  return index ?? build();
}

/** First clause of an entry text, for headings. */
export function headingOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{8,}?(?::|;|\.(?=\s|$)))(?:\s|$)/.exec(t);
  const h = m ? m[1]! : t;
  return h.length > 240 ? h.slice(0, 239).replace(/\s+\S*$/, '') + '…' : h;
}

function ownText(n: Node): string {
  return n.ccl ?? n.eu ?? n.wa ?? '';
}

function inWassenaar(idx: Index, n: Node): boolean {
  if (n.wa !== null) return true;
  if (n.base.startsWith('ML')) return false;
  if (!idx.waTop.has(n.base)) return false;
  // sub-paragraphs: Wassenaar prints only some as blocks; the EU Annex I mirrors the WA numbering, and
  // .x/.y/.z paragraphs are U.S.-only
  return n.eu !== null || (n.path.length > 0 && !/^[xyz]$/.test(n.path[0]!));
}

/** All ids of an entry's ancestors, nearest last. */
function ancestorIds(id: string): string[] {
  const parts = id.split('.');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('.'));
  return out;
}

function listNotes(chain: string[]): ControlEntry['wassenaarListNotes'] {
  const notes = wassenaarData().listNotes;
  const out: ControlEntry['wassenaarListNotes'] = [];
  for (const id of chain) {
    const code = toWassenaarNotation(id);
    if (!code) continue;
    if (notes.sensitive[code]) out.push({ list: 'sensitive', code, text: notes.sensitive[code]! });
    if (notes.verySensitive[code]) out.push({ list: 'very-sensitive', code, text: notes.verySensitive[code]! });
  }
  return out;
}

function present(idx: Index, n: Node): ControlEntry {
  const lists: ListId[] = [];
  if (n.ccl !== null) lists.push('ccl');
  if (inWassenaar(idx, n)) lists.push('wassenaar');
  if (n.eu !== null) lists.push('eu');
  const chain = [...ancestorIds(n.id), n.id];
  const very = chain.some((c) => idx.verySensitive.has(c));
  const sens = very || chain.some((c) => idx.sensitive.has(c));
  const sub = [...idx.sensitive, ...idx.verySensitive].filter((s) => s.startsWith(n.id + '.'));
  const ml = n.base.startsWith('ML');
  return {
    id: n.id,
    kind: ml ? 'munitions' : 'dual-use',
    eccn: ml ? null : n.base,
    path: n.path,
    notations: {
      ccl: n.ccl !== null ? n.id : null,
      wassenaar: lists.includes('wassenaar') ? (ml ? n.id : toWassenaarNotation(n.id)) : null,
      eu: n.eu !== null ? n.id : null,
    },
    lists,
    heading: headingOf(ownText(n)),
    text: ownText(n),
    parents: ancestorIds(n.id)
      .map((a) => idx.nodes.get(a))
      .filter((p): p is Node => p !== undefined)
      .map((p) => ({ id: p.id, heading: headingOf(ownText(p)) })),
    children: [...n.children],
    wassenaarList: very ? 'very-sensitive' : sens ? 'sensitive' : null,
    sensitiveSubEntries: [...new Set(sub)].sort(),
    wassenaarListNotes: listNotes(chain),
  };
}

/** The entry with this canonical id, or null. */
export function getEntry(id: string): ControlEntry | null {
  const idx = getIndex();
  const n = idx.nodes.get(id);
  return n ? present(idx, n) : null;
}

/**
 * Resolve an entry number written in any notation (`6.A.2.a.3`, `6A002.a.3`, `6A002 a.3`, `ECCN 6A002`,
 * `ML5.a`) to its entry; null when the notation is not an entry number or no list holds that entry.
 */
export function resolveEntry(input: string): ControlEntry | null {
  const parsed = parseEntryNumber(input);
  return parsed ? getEntry(parsed.id) : null;
}

/** The CCL record of an ECCN (licence requirements and items), or null. */
export function cclRecord(eccn: string): CclRecord | null {
  return getIndex().ccl.get(eccn) ?? null;
}

/** The full CCL text of an entry: its own paragraph and all its sub-paragraphs, labelled. */
export function fullText(id: string): string {
  const idx = getIndex();
  const out: string[] = [];
  const walk = (nid: string) => {
    const n = idx.nodes.get(nid);
    if (!n) return;
    const t = ownText(n);
    if (t) out.push(n.path.length ? `${n.path.join('.')}. ${t}` : t);
    n.children.forEach(walk);
  };
  walk(id);
  return out.join(' ');
}

/** Every entry id in the index (for search and exhaustive tests). */
export function allEntryIds(): string[] {
  return [...getIndex().nodes.keys()];
}

/** Every ECCN of the CCL. */
export function allEccns(): string[] {
  return [...getIndex().ccl.keys()];
}

/** True when the Wassenaar dual-use list has this ECCN's counterpart entry. */
export function hasWassenaarCounterpart(eccn: string): boolean {
  const wa = eccnToWassenaar(eccn);
  return wa !== null && getIndex().waTop.has(eccn);
}

/** [path label, own text] of an entry and every sub-paragraph under it, in document order. */
export function ownTexts(id: string): Array<[string, string]> {
  const idx = getIndex();
  const out: Array<[string, string]> = [];
  const walk = (nid: string) => {
    const n = idx.nodes.get(nid);
    if (!n) return;
    const t = ownText(n);
    if (t) out.push([n.path.join('.'), t]);
    n.children.forEach(walk);
  };
  walk(id);
  return out;
}

/** Searchable text of every entry: id → own text from each list that holds it. */
export function searchableTexts(): Array<{ id: string; text: string }> {
  const idx = getIndex();
  return [...idx.nodes.values()].map((n) => ({ id: n.id, text: [n.ccl, n.eu !== n.ccl ? n.eu : null, n.wa].filter(Boolean).join(' \n ') }));
}
