/**
 * The caption fields: E.O. line, TAGS, SUBJECT, REF, Classified By. Each parser takes the field's text
 * (its lines joined) and returns the Cable field; positions are kept by the caller.
 */
import type { Cable, Reference } from './types.js';
import { parseDeclDate } from './dtg.js';
import { canonicalStation } from './stations.js';
import { squash } from './text.js';
import { parsePortionMarking } from '../markings/index.js';

/** `E.O. 12958: DECL: 09/04/2034` → {order: '12958', declassify: '2034-09-04'}. */
export function parseEo(text: string): NonNullable<Cable['eo']> {
  const t = squash(text);
  const order = /(\d{5})/.exec(t)?.[1] ?? /(\d{4})/.exec(t)?.[1] ?? '';
  const decl = /\bDECL(?:ASSIFY)?\b\s*(?:ON)?\s*[:.;]?\s*(.*)$/i.exec(t);
  const rest = decl ? decl[1]! : t.replace(/^.*?\d{4,5}\s*[:.;]?/, '');
  let declassify: string | null = null;
  if (!/\b(OADR|X\d|25X|N\/A|NA)\b/i.test(rest) || /\d{1,2}\/\d{1,2}\/\d{2,4}/.test(rest)) declassify = parseDeclDate(rest);
  return { order, declassify, text: t };
}

/** `TAGS: ETTC MARR, PARM` → ['ETTC', 'MARR', 'PARM'] (upper-cased, duplicates dropped). */
export function parseTags(text: string): string[] {
  const body = text.replace(/^[ \t]*(?:TAGS?|TAGES|TGS|TABS|AGS)\s*[:;,.]?/i, '');
  const out: string[] = [];
  for (const raw of body.split(/[\s,;]+/)) {
    const tag = raw.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '').toUpperCase();
    if (!tag || out.includes(tag)) continue;
    out.push(tag);
  }
  return out;
}

/** `SUBJECT: (S) FRENCH FIRM … TO\nCHINA` → {text, marking}. */
export function parseSubject(text: string): NonNullable<Cable['subject']> {
  let t = squash(text.replace(/\\(\r?\n)/g, '$1')).replace(/^(?:SUBJECT|SUBJ|UBJECT)\s*[:;.]?\s*/i, '');
  let marking = null;
  const m = /^\(([^()]{1,60})\)\s*/.exec(t);
  if (m) {
    marking = parsePortionMarking(m[1]!);
    if (marking) t = t.slice(m[0].length);
  }
  return { text: t.trim(), marking };
}

const kindPatterns: [RegExp, string][] = [
  [/E-?MAILS?\b/i, 'email'],
  [/\b\d{6}Z\b/, 'telegram-dtg'],
  [/\bMEMO(RANDUM)?\b/i, 'memo'],
  [/\bLETTER\b/i, 'letter'],
  [/\b(TELCON|TELECON|PHONE|TELEPHONE)\b/i, 'telcon'],
  [/\bFAX\b/i, 'fax'],
  [/\bREPORTS?\b|\bIIR\b/i, 'report'],
  [/\b(PAPER|NON-PAPER|BOOK)\b/i, 'paper'],
  [/\bMEETING\b/i, 'meeting'],
];

function refKind(text: string): string {
  for (const [re, kind] of kindPatterns) if (re.test(text)) return kind;
  return 'other';
}

/** Split a REF body into lettered items: `A. STATE 1 B. PARIS 2` → [{label:'A', text}, …]. */
function splitRefItems(body: string): { label: string | null; text: string }[] {
  const marks: { index: number; len: number; label: string }[] = [];
  const re = /(?:^|[\s;,])(?:\(([A-Z])\)|([A-Z])[.)])\s+/g;
  let expected = 'A';
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const label = (m[1] ?? m[2])!;
    if (label !== expected) continue;
    marks.push({ index: m.index, len: m[0].length, label });
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (marks.length === 0) {
    return body.split(/\s*;\s*/).filter((s) => s.trim() !== '').map((s) => ({ label: null, text: s.trim() }));
  }
  const items: { label: string | null; text: string }[] = [];
  const head = body.slice(0, marks[0]!.index).trim();
  if (head && /\d/.test(head)) items.push({ label: null, text: head });
  marks.forEach((mk, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.index : body.length;
    items.push({ label: mk.label, text: body.slice(mk.index + mk.len, end).trim().replace(/[;,.]$/, '') });
  });
  return items;
}

/** Find the cable references in one REF item. */
function cableIdsIn(text: string, citingYear: string | null, citingStation: string | null): string[] {
  const ids: string[] = [];
  const t = text.toUpperCase();
  // year? station-words serial(/serial | and serial)*
  const re = /(?:(?:\(?(\d{2}|\d{4})\)?)\s+)?((?:[A-Z][A-Z.'-]*\s+){0,3}[A-Z][A-Z.'-]*)\s*(?:\((\d{2})\)\s*)?0*(\d{1,6})\b((?:\s*(?:\/|AND|&)\s*0*\d{1,6}\b)*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const words = m[2]!.trim().split(/\s+/);
    let station: string | null = null;
    for (let k = 0; k < words.length && !station; k++) station = canonicalStation(words.slice(k).join(''));
    if (!station) continue;
    let year = m[3] ?? m[1] ?? citingYear;
    if (!year) continue;
    if (year.length === 4) year = year.slice(2);
    ids.push(`${year}${station}${Number(m[4])}`);
    for (const extra of (m[5] ?? '').matchAll(/0*(\d{1,6})\b/g)) ids.push(`${year}${station}${Number(extra[1])}`);
  }
  if (ids.length === 0 && citingStation && citingYear) {
    const bare = /^\s*0*(\d{2,6})\s*$/.exec(t);
    if (bare) ids.push(`${citingYear}${citingStation}${Number(bare[1])}`);
  }
  return ids;
}

/**
 * `REF: A. STATE 12345 B. PARIS 678` → references; the year defaults to the citing cable's,
 * SECSTATE = STATE, non-cable references are kept with a kind (email, telegram-dtg, memo, …).
 */
export function parseRefs(text: string, citingYear: string | null, citingStation: string | null, selfId: string | null): Reference[] {
  const body = squash(text).replace(/^(?:REFS?|REFTELS?|REFERENCES?|REF\(S\))\s*[:.]?\s*/i, '');
  const refs: Reference[] = [];
  for (const item of splitRefItems(body)) {
    const ids = cableIdsIn(item.text, citingYear, citingStation).filter((id) => id !== selfId);
    if (ids.length === 0) {
      if (item.text) refs.push({ text: item.text, id: null, kind: refKind(item.text), label: item.label });
      continue;
    }
    for (const id of ids) refs.push({ text: item.text, id, kind: 'cable', label: item.label });
  }
  return refs;
}

const titleWords = new Set(
  (
    "AMBASSADOR AMB CHARGE CHARGE' D'AFFAIRES D'AFFAIRES, AFFAIRES A.I. AI DCM DEPUTY CHIEF OF MISSION POLITICAL ECONOMIC ECON POL " +
    'POLECON POLOFF ECONOFF POLCOUNS ECONCOUNS COUNSELOR COUNSELLOR COUNSELOR, MINISTER MINISTER-COUNSELOR MINISTER-COUNSELLOR OFFICER ' +
    'DIRECTOR ACTING CONSUL GENERAL CONSUL-GENERAL PRINCIPAL SECTION HEAD SECRETARY ASSISTANT FIRST SECOND THIRD REGIONAL AFFAIRS ' +
    'PUBLIC MANAGEMENT DEFENSE ATTACHE MILITARY PRESS LEGAL LABOR SECURITY CDA DAS OFFICE THE AND FOR A/S A/DCM PAO RSO DATT ' +
    'COMMERCIAL AGRICULTURAL CHIEF, POLITICAL/ECONOMIC POL/ECON ECON/POL SENIOR ADVISOR ADVISER COORDINATOR SPECIAL ENVOY REPRESENTATIVE ' +
    'PERMANENT ALTERNATE INTERIM PRINCIPAL MGMT POLMIL POL-MIL POLITICAL-MILITARY ENERGY ENVIRONMENT SCIENCE TECHNOLOGY HEALTH ' +
    'OFFICER, UNIT CONSULATE EMBASSY MISSION, U.S. US USUN ACTING, DEPUTY, POL/EC ECON-POL INL CHARGE, ADMIN NAS RAO LEGATT'
  ).split(/\s+/),
);

/**
 * `Classified By: EUR/PRA Acting Deputy Director Matthew Hardiman for reasons 1.4 (b) and (d).`
 * → {by: ['Matthew Hardiman'], office: 'EUR/PRA', reasons: ['1.4(b)', '1.4(d)']}.
 */
export function parseClassifiedBy(text: string): NonNullable<Cable['classifiedBy']> {
  const t = squash(text).replace(/^CLASSIFIED\s+BY\s*[:;.]?\s*/i, '');
  const reasonAt = t.search(/[,.;]?\s*(?:\bfor\s+)?\b(?:reasons?|rsns?)\b|\b[1I]\.\s?[45]\s*\(?\s*[a-hA-H]\b|\bE\.?O\.?\s*\d{5}/i);
  const byPart = (reasonAt >= 0 ? t.slice(0, reasonAt) : t).replace(/[\s,.;:]+$/, '');
  const reasonPart = reasonAt >= 0 ? t.slice(reasonAt) : '';
  const reasons: string[] = [];
  for (const sec of reasonPart.matchAll(/\b([1I])\s?\.\s?([45])\s*((?:[\s,/&(]*(?:and|AND|&)?[\s,/(]*\b[a-hA-H]\b\)?)+)/g)) {
    const section = `1.${sec[2]}`;
    for (const letter of sec[3]!.matchAll(/\b([a-hA-H])\b/g)) {
      const r = `${section}(${letter[1]!.toLowerCase()})`;
      if (!reasons.includes(r)) reasons.push(r);
    }
  }
  let office: string | null = null;
  const words = byPart.split(/\s+/).filter(Boolean);
  if (words[0] && /[A-Z]{2,}\/[A-Z]/.test(words[0])) office = words.shift()!.replace(/[,:;]$/, '');
  // the name: the longest run of non-title words at the end (commas split title from name too)
  const segments = words.join(' ').split(/\s*[,;]\s*/).filter(Boolean);
  let name = '';
  for (const seg of segments) {
    const ws = seg.split(/\s+/);
    let k = ws.length;
    while (k > 0 && !titleWords.has(ws[k - 1]!.toUpperCase()) && /^[A-Z0-9'][A-Za-z0-9'.\-]*$/.test(ws[k - 1]!)) k--;
    const candidate = ws.slice(k).join(' ');
    if (candidate.split(' ').length >= 2 || (!name && candidate)) {
      if (!/^(JR|SR|II|III)\.?$/i.test(candidate)) name = candidate;
      else if (name) name = `${name}, ${candidate}`;
    }
  }
  name = name.replace(/\.$/, (d) => (/\b(JR|SR)\.$/i.test(name) ? d : ''));
  return { by: name ? [name] : [], office, reasons };
}
