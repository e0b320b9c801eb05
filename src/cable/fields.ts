/**
 * The caption fields: E.O. line, TAGS, SUBJECT, REF, Classified By. Each parser takes the field's text
 * (its lines joined) and returns the Cable field; positions are kept by the caller.
 */
import type { Cable, Reference } from './types.js';
import { parseDeclDate } from './dtg.js';
import { canonicalStation } from './stations.js';
import { squash } from './text.js';
import { parsePortionMarking } from '../markings/index.js';
import { describeTag } from './tags.js';

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

/** Is this a known TAGS code (subject, program, organisation or FIPS geographic), or shaped like one? */
function tagLike(t: string): boolean {
  return describeTag(t).known || /^K[A-Z]{3}$/.test(t);
}

/** Split run-together tags (`AMEDCASCKFLO` → AMED CASC KFLO, `VEPREL` → VE PREL) when every piece is a tag. */
function splitRunTogether(t: string): string[] {
  if (t.length < 6 || t.length > 20 || !/^[A-Z]+$/.test(t) || describeTag(t).kind === 'organization') return [t];
  const memo = new Map<number, string[] | null>();
  const go = (at: number): string[] | null => {
    if (at === t.length) return [];
    if (memo.has(at)) return memo.get(at)!;
    let found: string[] | null = null;
    for (const len of [4, 2]) {
      const piece = t.slice(at, at + len);
      if (piece.length !== len) continue;
      const ok = len === 2 ? describeTag(piece).kind === 'geographic' : tagLike(piece);
      if (!ok) continue;
      const rest = go(at + len);
      if (rest) { found = [piece, ...rest]; break; }
    }
    memo.set(at, found);
    return found;
  };
  return go(0) ?? [t];
}

/** `TAGS: ETTC MARR, PARM` → ['ETTC', 'MARR', 'PARM'] (upper-cased, duplicates dropped). */
export function parseTags(text: string): string[] {
  let body = text.replace(/^[ \t]*(?:TAGS?|TAGES|TGS|TABS|AGS)\s*[:;,.]?/i, '');
  // running page junk and a SUBJECT run into the line end the tags
  const stop = /\b(?:SUBJ(?:ECT)?\s*:|(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|UNCLAS)\s+PAGE\b|PAGE\s+\d{1,3}\b)/i.exec(body);
  if (stop) body = body.slice(0, stop.index);
  const out: string[] = [];
  for (const raw of body.split(/[\s,;]+/)) {
    const tag = raw.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '').toUpperCase();
    if (!tag || /^\d+Z?$/.test(tag)) continue;
    for (const piece of tagLike(tag) ? [tag] : splitRunTogether(tag)) if (!out.includes(piece)) out.push(piece);
  }
  return out;
}

/** Where a REF list starts inside a subject line (`… UK PRIMEREF: A. LONDON 1939`), or -1. */
export function subjectRefAt(t: string): number {
  const m = /\s*REFS?\s*:|\s+REFS?\s+(?:\(?[A-Z][.)]\s|[A-Z]+\s+\d)/i.exec(t);
  return m ? m.index : -1;
}

/** `SUBJECT: (S) FRENCH FIRM … TO\nCHINA` → {text, marking}. */
export function parseSubject(text: string): NonNullable<Cable['subject']> {
  let t = squash(text.replace(/\\[ \t]*(?=\r?\n|$)/g, ''))
    .replace(/&#(\d{2,6});/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]{2,6});/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/^(?:SUBJECT|SUBJ|UBJECT)\s*[:;.]?\s*/i, '');
  // a REF list run into the subject line ends it
  const ref = subjectRefAt(t);
  if (ref >= 0) t = t.slice(0, ref);
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
  const re = /(?:^|[\s;,¶])¶?(?:\(([A-Z])\)\s*|([A-Z])[.)]\s+|([A-Z])\)(?=[A-Z])|([A-Z])\s+-\s+)/g;
  let expected = 'A';
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const label = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
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
  // page markers of the PDF rendering (`TRIPOLI 00000116 001.2 OF 003`) are not references
  const t = text.toUpperCase().replace(/\b[A-Z ]+\s+0*\d{1,8}\s+\d{3}\.\d\s+OF\s+\d{3}\b/g, ' ').replace(/\b0(?=[A-Z]{3,})/g, 'O');
  const re = /(?:(?:\(?([0-9O]{2}|\d{4})\)?)\s*)?\b((?:[A-Z][A-Z.'-]*\s+){0,3}[A-Z][A-Z.'-]*?)\s*(?:\((\d{2})\)\s*)?0*(\d{1,6})\b((?:\s*(?:\/|AND|&)\s*0*\d{1,6}\b)*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const words = m[2]!.trim().split(/\s+/);
    let station: string | null = null;
    for (let k = 0; k < words.length && !station; k++) station = canonicalStation(words.slice(k).join(''));
    if (!station) continue;
    let year = (m[3] ?? m[1] ?? citingYear)?.replace(/O/g, '0') ?? null;
    if (!year) continue;
    if (year.length === 4) year = year.slice(2);
    ids.push(`${year}${station}${Number(m[4])}`);
    for (const extra of (m[5] ?? '').matchAll(/0*(\d{1,6})\b/g)) ids.push(`${year}${station}${Number(extra[1])}`);
  }
  if (ids.length === 0 && citingYear) {
    // serial before the station (`870 Ulaanbaatar`)
    const rev = /^\s*0*(\d{2,6})\s+([A-Z][A-Z .'-]+?)\s*$/.exec(t);
    const st = rev ? canonicalStation(rev[2]!) : null;
    if (rev && st) ids.push(`${citingYear}${st}${Number(rev[1])}`);
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
    "AMBASSADOR AMB CHARGE D'AFFAIRES AFFAIRES A.I. AI DCM DEPUTY CHIEF OF MISSION POLITICAL ECONOMIC ECON POL POLECON POLOFF " +
    'ECONOFF POLCOUNS ECONCOUNS COUNSELOR COUNSELLOR MINISTER OFFICER DIRECTOR ACTING CONSUL GENERAL PRINCIPAL SECTION HEAD ' +
    'SECRETARY ASSISTANT FIRST SECOND THIRD REGIONAL AFFAIRS PUBLIC MANAGEMENT DEFENSE ATTACHE MILITARY PRESS LEGAL LABOR ' +
    'SECURITY CDA DAS OFFICE THE AND FOR PAO RSO DATT COMMERCIAL AGRICULTURAL SENIOR ADVISOR ADVISER COORDINATOR SPECIAL ' +
    'ENVOY REPRESENTATIVE PERMANENT ALTERNATE INTERIM MGMT POLMIL ENERGY ENVIRONMENT SCIENCE UNIT CONSULATE EMBASSY US ' +
    'USUN INL ADMIN NAS RAO LEGATT COUNSELOR COM DPO EMIN ECMIN POLMIN TDY CONGEN DEL USDEL MEMBER'
  ).split(/\s+/),
);

const initial = /^[A-Z0]\.$/i;
const nameWord = /^[A-Z][A-Za-z'’\-]*[a-zA-Z]$|^[A-Z][a-z]?[A-Z][a-z]+$/;
const suffixWord = /^(JR|SR|II|III|IV)\.?$/i;

/** The person's name at the end of a `Classified By` phrase: [initials] given [initials] surname [, Jr.]. */
function nameAtEnd(phrase: string): string {
  const ws = phrase.replace(/,\s*(JR|SR)\.?(?=\s|$)/gi, ' $1.').split(/\s+/).filter(Boolean).map((w) => w.replace(/[,;:]+$/, ''));
  let k = ws.length;
  let suffix = '';
  if (k > 0 && suffixWord.test(ws[k - 1]!)) suffix = ws[--k]!.replace(/\.?$/, '.');
  if (k === 0) return '';
  const surname = ws[k - 1]!.replace(/\.$/, '');
  if (!nameWord.test(surname) || titleWords.has(surname.toUpperCase())) return '';
  const parts = [surname];
  k--;
  while (k > 0 && initial.test(ws[k - 1]!)) parts.unshift(ws[--k]!);
  if (k > 0 && nameWord.test(ws[k - 1]!) && !titleWords.has(ws[k - 1]!.toUpperCase())) {
    parts.unshift(ws[--k]!);
    while (k > 0 && initial.test(ws[k - 1]!)) parts.unshift(ws[--k]!);
  }
  return parts.join(' ') + (suffix ? `, ${suffix}` : '');
}

/**
 * `Classified By: EUR/PRA Acting Deputy Director Matthew Hardiman for reasons 1.4 (b) and (d).`
 * → {by: ['Matthew Hardiman'], office: 'EUR/PRA', reasons: ['1.4(b)', '1.4(d)']}.
 */
export function parseClassifiedBy(text: string): NonNullable<Cable['classifiedBy']> {
  let t = squash(text).replace(/^.*?\bCLASSIFIED\s+BY\s*[:;.]?\s*/i, '');
  // a repeated label (`Classified By: (C) CLASSIFIED BY …`) and `… GUIDE BY NAME`
  const again = /^.*\bCLASSIFIED\s+BY\s*[:;.]?\s*/i.exec(t);
  if (again) t = t.slice(again[0].length);
  t = t.replace(/\(\s*acting\s*\)/gi, ' ').replace(/^\([A-Z/ ]{1,12}\)\s*/, '');
  const reasonAt = t.search(/[,.;:]?\s*(?:\bfor\s+)?\b(?:reasons?|resons?|reas|rsns?|based\s+upon|under\s+section)\b|[,.;:]?\s*\b(?:for\s+)?E\.?O\.?\s*\d{5}|[,.;:\-]\s*\b1\s?\.\s?[2-5]\b|\s\b1\s?\.\s?[45]\s*\(?\s*[a-hA-H]\b/i);
  let byPart = (reasonAt >= 0 ? t.slice(0, reasonAt) : t).replace(/[\s,.;:\-]+$/, '');
  const byAt = /^.*\s+BY\s+/i.exec(byPart);
  if (byAt) byPart = byPart.slice(byAt[0].length);
  const reasonPart = reasonAt >= 0 ? t.slice(reasonAt) : '';
  const reasons: string[] = [];
  for (const sec of reasonPart.matchAll(/\b([1I])\s?\.\s?([2-5])\s*((?:[\s,/&(]*(?:and|AND|&)?[\s,/(]*\b[a-hA-H]\b\)?)+)/g)) {
    const section = `1.${sec[2]}`;
    for (const letter of sec[3]!.matchAll(/\b([a-hA-H])\b/g)) {
      const r = `${section}(${letter[1]!.toLowerCase()})`;
      if (!reasons.includes(r)) reasons.push(r);
    }
  }
  let office: string | null = null;
  const first = /^([A-Z]{1,6}\/[A-Z/]{1,10})\s+/.exec(byPart);
  if (first) office = first[1]!;
  // the name: in the first comma-separated segment that ends with one
  let name = '';
  const segments = byPart.replace(/,\s*(JR|SR)\.?(?=\s|$)/gi, ' $1.').split(/\s*[,;]\s*/).filter(Boolean);
  for (const seg of segments) {
    name = nameAtEnd(seg);
    if (name.includes(' ')) break;
  }
  if (name && !name.includes(' ')) {
    const longer = segments.map(nameAtEnd).find((n) => n.includes(' '));
    if (longer) name = longer;
  }
  return { by: name ? [name] : [], office, reasons };
}
