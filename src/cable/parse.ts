/**
 * The cable parser: text → zones (a partition of the input's lines) → the Cable of SPEC §3.
 * It never throws on content: what it cannot read becomes a diagnostic, and the zones still cover
 * every byte so the tree renders back to the input exactly.
 */
import type { Cable, Header, Marking, Paragraph } from './types.js';
import { splitLines, isBlank, squash, decodeBytes, type Line, type Encoding } from './text.js';
import { Diagnostics } from './diagnostics.js';
import { parseHeader, isHeaderLine } from './header.js';
import { parseEo, parseTags, parseSubject, parseRefs, parseClassifiedBy, subjectRefAt } from './fields.js';
import {
  captionLine, captionLineAnyCase, sectionPart, captionStationSerial, fieldStart, paragraphStart, letteredStart, ruleLine,
  pageHeader, transmissionNoise, controlWords,
} from './patterns.js';
import { canonicalStation } from './stations.js';
import { dayOfYear } from './dtg.js';
import { parseBanner, parsePortionMarking } from '../markings/index.js';
import type { ZoneType } from './tree.js';

/** A zone: lines [from, to) of one kind. */
export interface Zone {
  type: ZoneType;
  from: number;
  to: number;
  data?: Record<string, unknown>;
}

export interface Parsed {
  text: string;
  encoding: Encoding;
  lines: Line[];
  zones: Zone[];
  cable: Cable;
}

const metaIdLine = /^\s*([0-9]{2,4}[A-Z][A-Z0-9-]*[0-9])\s*$/;
const metaDateLine = /^\s*(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?)\s*$/;
const levelWords: Record<string, Marking['level']> = { T: 'TS', S: 'S', C: 'C', O: 'C', U: 'U', L: 'U' };

type FieldKind = keyof typeof fieldStart;

/** The field kinds in the order fieldAt tries them, listed once rather than at every line. */
const fieldKinds = Object.keys(fieldStart) as FieldKind[];

function fieldAt(s: string): FieldKind | null {
  for (const k of fieldKinds) if (fieldStart[k].test(s)) return k;
  return null;
}

/** Is this the caption line's classification word (spaced or plain)? Returns level + rest. */
function captionOf(s: string, anyCase = false): { level: Marking['level']; word: string; rest: string } | null {
  const m = (anyCase ? captionLineAnyCase : captionLine).exec(s);
  if (!m) return null;
  if (anyCase && !/^[ \t",']*[A-Za-z] [a-z] [a-z]/.test(s) && !/\bsection\b/i.test(m[2] ?? '')) return null;
  const word = m[1]!.replace(/ /g, '').toUpperCase();
  const level = word.startsWith('TOP') ? 'TS' : levelWords[word[0]!]!;
  return { level, word, rest: m[2] ?? '' };
}

function isControlLine(s: string): boolean {
  const words = s.trim().replace(/^[^A-Z]+|[^A-Z.]+$/g, '').split(/[\s/]+/).filter(Boolean);
  if (words.length === 0) return false;
  const joined = words.join('');
  if (/^(NOFORN|SIPDIS|NODIS|EXDIS|LIMDIS|STADIS|SENSITIVE)$/.test(s.replace(/[\s.]/g, ''))) return true;
  if (/^(NOFORN|SIPDIS|NODIS|EXDIS|LIMDIS|STADIS|SENSITIVE|EFTO|CORRECTEDCOPY)/.test(joined) && words.length <= 2) return true;
  return words.every((w) => controlWords.has(w));
}

/** Derive the canonical id `YY` + station + serial from a caption. */
function idFromCaption(station: string | null, serial: string | null, year: string | null): string | null {
  if (!station || !serial || !year) return null;
  const st = canonicalStation(station) ?? station.replace(/[^A-Z]/g, '');
  return `${year}${st}${Number(serial)}`;
}

function originFromFm(fm: string | null): string | null {
  if (!fm) return null;
  const t = fm.replace(/\s+/g, ' ').trim().toUpperCase();
  if (/^SECSTATE\b|^SECSTATE WASHDC|^DEPT OF STATE/.test(t)) return 'Secretary of State';
  const title = (s: string) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
  let m: RegExpExecArray | null;
  if ((m = /^AMEMBASSY\s+(.+)$/.exec(t))) return `Embassy ${title(m[1]!)}`;
  if ((m = /^AMCONSUL\s+(.+)$/.exec(t))) return `Consulate ${title(m[1]!)}`;
  if ((m = /^US\s?MISSION\s+(.+)$/.exec(t))) return `Mission ${m[1]!.replace(/\b([A-Z])([A-Z]+)\b/g, (w) => (w.length <= 4 ? w : title(w)))}`;
  return title(t);
}

function bannerFromCaption(level: Marking['level'], controls: string[]): string {
  const word = { U: 'UNCLASSIFIED', C: 'CONFIDENTIAL', S: 'SECRET', TS: 'TOP SECRET' }[level];
  if (level === 'U' && (controls.includes('SENSITIVE') || controls.includes('SBU'))) return 'UNCLASSIFIED//FOR OFFICIAL USE ONLY';
  return controls.includes('NOFORN') ? `${word}//NOFORN` : word;
}

/** Parse text (or bytes) into zones and a Cable. */
export interface ParseContext {
  source?: string;
  /** for fragments: the citing cable's id, used for REF years and stations when the text has none */
  referenceId?: string;
}

export function parseText(input: string | Uint8Array, context: ParseContext = {}): Parsed {
  const source = context.source;
  let text: string;
  let encoding: Encoding = 'utf-8';
  if (typeof input === 'string') text = input;
  else ({ text, encoding } = decodeBytes(input));
  const lines = splitLines(text);
  const diags = new Diagnostics();
  const zones: Zone[] = [];
  const n = lines.length;
  const cable: Cable = {
    source, id: null, created: null, released: null, origin: null, banner: null, header: null, eo: null,
    tags: [], subject: null, refs: [], classifiedBy: null, summary: null, paragraphs: [], signedBy: [],
    diagnostics: diags.list, classification: null,
  };
  const push = (type: ZoneType, from: number, to: number, data?: Record<string, unknown>) => {
    if (to > from) zones.push(data ? { type, from, to, data } : { type, from, to });
  };

  // 1. archive metadata lines
  let i = 0;
  if (n >= 2 && metaIdLine.test(lines[0]!.text) && metaDateLine.test(lines[1]!.text)) {
    cable.id = lines[0]!.text.trim();
    cable.created = lines[1]!.text.trim();
    const rel = lines[2]?.text.trim() ?? '';
    cable.released = metaDateLine.test(rel) ? rel : null;
    const banner = lines[3]?.text.trim() ?? '';
    cable.banner = banner || null;
    const origin = lines[4]?.text.trim() ?? '';
    cable.origin = origin || null;
    i = Math.min(5, n);
    push('metadata', 0, i);
  }

  // 2. find the caption: the classification line after the header's FM/TO block
  let limit = n;
  for (let k = i; k < n; k++) {
    const s = lines[k]!.text;
    const field = fieldAt(s);
    if (field === 'eo' || field === 'tags' || field === 'subject' || (paragraphStart.test(s) && /\(/.test(s))) { limit = k; break; }
  }
  let fm = -1;
  for (let k = i; k < limit; k++) if (/^\s*FM\s+\S/.test(lines[k]!.text)) fm = k;
  let c = -1;
  for (let k = fm >= 0 ? fm + 1 : i; k < limit; k++) {
    const s = lines[k]!.text;
    if (fm >= 0 && isHeaderLine(s)) continue;
    if (captionOf(s) && !/^\s*PAGE\s/.test(s)) { c = k; break; }
  }
  if (c < 0) {
    for (let k = fm >= 0 ? fm + 1 : i; k < limit; k++) if (captionOf(lines[k]!.text, true)) { c = k; break; }
  }
  // without a header, a bare `CONFIDENTIAL` after the text with nothing structured below it is a
  // trailing page mark, not the caption
  if (c > i && fm < 0 && (captionOf(lines[c]!.text) ?? captionOf(lines[c]!.text, true))?.rest.trim() === '') {
    let structured = false;
    for (let k = c + 1; k < n && !structured; k++) structured = fieldAt(lines[k]!.text) !== null || paragraphStart.test(lines[k]!.text);
    if (!structured) c = -1;
  }
  let embeddedCaption = -1;
  if (c < 0) {
    // a caption run into other text (`ID:248885 Cable dated:…C O N F I D E N T I A L SECTION 01 OF 04 KAMPALA`)
    for (let k = fm >= 0 ? fm + 1 : i; k < limit; k++) {
      const s = lines[k]!.text;
      if (!isHeaderLine(s) && /(S E C R E T|C O N F I D E N T I A L|U N C L A S|UNCLAS\s+SECTION)/.test(s)) { embeddedCaption = k; break; }
    }
  }
  let headerEnd = c >= 0 ? c : embeddedCaption >= 0 ? embeddedCaption : i;
  if (c < 0 && embeddedCaption < 0) {
    // no caption: the header is whatever header-like lines come first
    let k = i;
    let last = i;
    let inList = false;
    while (k < n) {
      const s = lines[k]!.text;
      if (isBlank(s)) { inList = false; k++; continue; }
      const headerLike = isHeaderLine(s);
      if (!headerLike && !(inList && !fieldAt(s) && !paragraphStart.test(s) && !captionOf(s))) break;
      if (headerLike) inList = /^\s*(TO|INFO|XMT)\b/.test(s) || (inList && !/^\s*(FM|DE|ZN|VZCZC)/.test(s));
      last = k + 1;
      k++;
    }
    headerEnd = fm >= 0 ? Math.max(last, fm + 1) : last;
  }
  const headerLines = lines.slice(i, headerEnd);
  const header: Header | null = parseHeader(headerLines, diags);
  cable.header = header;
  if (headerEnd > i) push(header ? 'header' : 'text', i, headerEnd);
  i = headerEnd;

  // 3. the caption line and the control lines after it
  let captionStation: string | null = null;
  let captionSerial: string | null = null;
  const controls: string[] = [];
  let captionLevel: Marking['level'] | null = null;
  if (c < 0 && embeddedCaption >= 0) {
    const s = lines[embeddedCaption]!.text;
    const at = s.search(/(S E C R E T|C O N F I D E N T I A L|U N C L A S|UNCLAS\s+SECTION)/);
    const cap = captionOf(s.slice(at));
    if (cap) {
      diags.add('warning', 'caption-embedded', 'the classification line is run into other text', lines[embeddedCaption]!, at);
      c = embeddedCaption;
    }
  }
  if (c >= 0) {
    const line0 = lines[c]!.text;
    const cap = (captionOf(line0) ?? captionOf(line0, true) ?? captionOf(line0.slice(line0.search(/(S E C R E T|C O N F I D E N T I A L|U N C L A S|UNCLAS\s+SECTION)/))))!;
    captionLevel = cap.level;
    let rest = cap.rest.trim().toUpperCase();
    if (cap.word.startsWith('LIMITED')) controls.push('LOU');
    if (/^E ?F ?T ?O\b/.test(rest)) { controls.push('EFTO'); rest = rest.replace(/^E ?F ?T ?O\b\s*/, ''); }
    const sec = sectionPart.exec(rest);
    const section = sec ? { part: Number(sec[1]), of: Number(sec[2]) } : null;
    if (sec) rest = (rest.slice(0, sec.index) + ' ' + rest.slice(sec.index + sec[0].length)).trim();
    // trailing control words on the caption line
    const trailing = /\s+((?:NOFORN|SIPDIS|NODIS|EXDIS|LIMDIS|STADIS|SENSITIVE|CHEROKEE)\b\s*)+$/.exec(rest);
    if (trailing) {
      for (const w of trailing[0].trim().split(/\s+/)) controls.push(w);
      rest = rest.slice(0, trailing.index);
    }
    const ss = captionStationSerial.exec(rest);
    if (ss) {
      captionStation = ss[1]!.trim();
      captionSerial = ss[2]!;
    }
    push('caption', c, c + 1, { level: cap.level, station: captionStation, serial: captionSerial, section });
    i = c + 1;
    const ctlFrom = i;
    while (i < n) {
      const s = lines[i]!.text;
      if (isBlank(s)) { i++; continue; }
      if (fieldAt(s) || paragraphStart.test(s)) break;
      if (isControlLine(s)) {
        for (const w of s.trim().split(/[\s/]+/)) {
          const word = w.replace(/[^A-Z]/g, '');
          if (/^(NOFORN|SIPDIS|NODIS|EXDIS|LIMDIS|STADIS|SENSITIVE|ORCON|FGI|CHEROKEE|EFTO|SBU|FOUO)$/.test(word) && !controls.includes(word)) controls.push(word);
        }
        const spacedOut = s.replace(/[\s.]/g, '');
        if (/^(NODIS|EXDIS|LIMDIS|STADIS|NOFORN)$/.test(spacedOut) && !controls.includes(spacedOut)) controls.push(spacedOut);
        i++;
        continue;
      }
      // routing notes such as `DEPT FOR EUR/WE`, `PASS TO USTR`: part of the caption block
      if (/^\s*(DEPT|DEPARTMENT|PASS|FOR|NSC|USDOC|TREASURY|WHITE HOUSE|[A-Z/]+ FOR)\b/.test(s) && !/[a-z]/.test(s)) { i++; continue; }
      break;
    }
    // trailing blank lines belong to what follows
    let ctlTo = i;
    while (ctlTo > ctlFrom && isBlank(lines[ctlTo - 1]!.text)) ctlTo--;
    push('controls', ctlFrom, ctlTo);
    if (ctlTo < i) push('blank', ctlTo, i);
    const classText = [{ U: 'UNCLASSIFIED', C: 'CONFIDENTIAL', S: 'SECRET', TS: 'TOP SECRET' }[cap.level], ...controls.filter((w) => w !== 'SIPDIS' && w !== 'EFTO')].join('//');
    cable.classification = parseBanner(classText) ?? { text: classText, level: cap.level, noforn: controls.includes('NOFORN'), relTo: [], controls: [] };
  } else if (cable.banner || i < n) {
    diags.add(cable.banner ? 'warning' : 'info', 'caption-missing', 'no classification line (caption) found', lines[i] ?? null, 0);
  }

  // year for reference ids
  const dtg = header?.dtg ?? null;
  const contextId = context.referenceId ?? null;
  const year = cable.id ? cable.id.slice(0, 2) : dtg ? dtg.slice(2, 4) : cable.created ? cable.created.slice(2, 4) : contextId ? contextId.slice(0, 2) : null;
  const derivedId = idFromCaption(captionStation, captionSerial, dtg ? dtg.slice(2, 4) : year);
  if (!cable.id) cable.id = derivedId;
  else if (derivedId && derivedId !== cable.id && captionStation && canonicalStation(captionStation)) {
    diags.add('info', 'id-caption-mismatch', `metadata id ${cable.id} differs from the caption's ${derivedId}`, lines[c] ?? null, 0);
  }
  const selfRef = cable.id ?? contextId;
  const selfStation = selfRef ? /^\d{2}([A-Z]+)\d/.exec(selfRef)?.[1] ?? null : null;

  // 4. fields: E.O., TAGS, SUBJECT, REF, Classified By (any order), until the body starts
  while (i < n) {
    const s = lines[i]!.text;
    if (isBlank(s)) {
      let k = i;
      while (k < n && isBlank(lines[k]!.text)) k++;
      push('blank', i, k);
      i = k;
      continue;
    }
    if (pageHeader.test(s)) { push('runningHeader', i, i + 1); i++; continue; }
    const kind = fieldAt(s);
    if (!kind) {
      // a TAGS line without its label, right after the E.O. line
      const prev = zones[zones.length - 1];
      if (prev && prev.type === 'eo' && prev.to === i && cable.tags.length === 0 && /^\s*[A-Z]{2,8}(?:\s*[,\s]\s*[A-Z]{2,8}){1,12}[,\s]*$/.test(s)) {
        cable.tags = parseTags(s);
        diags.add('warning', 'tags-label-missing', 'TAGS line without its label', lines[i]!, 0);
        push('tags', i, i + 1);
        i++;
        continue;
      }
      // fields run into a routing line: `TREASURY FOR X E.O. 12958: DECL: … TAGS: …`
      const inline = /\bE\.\s?O\.?\s*\d{5}\b.*$/.exec(s);
      if (inline && !cable.eo) {
        const tagsAt = /\bTAGS?\s*:\s*(.*)$/i.exec(inline[0]);
        cable.eo = parseEo(tagsAt ? inline[0].slice(0, tagsAt.index) : inline[0]);
        if (tagsAt && cable.tags.length === 0) cable.tags = parseTags(tagsAt[1]!);
        push('eo', i, i + 1, { order: cable.eo.order, declassify: cable.eo.declassify, inline: true });
        i++;
        continue;
      }
      // a stray caption line (`(CORRECTED COPY)`, `H PASS TO CODEL KYL`) before more fields
      if (fieldAhead(lines, i + 1)) { push('controls', i, i + 1); i++; continue; }
      break;
    }
    let j = i + 1;
    if (kind === 'tags') {
      while (j < n && !isBlank(lines[j]!.text) && !fieldAt(lines[j]!.text) && !paragraphStart.test(lines[j]!.text)
        && (/,\s*$/.test(lines[j - 1]!.text) || /^\s*([A-Z]{2,8}[\s,]+){0,8}[A-Z]{2,8}[\s,]*$/.test(lines[j]!.text))
        && !captionOf(lines[j]!.text) && !isControlLine(lines[j]!.text)) j++;
    } else if (kind === 'subject' || kind === 'classifiedBy' || kind === 'eo') {
      while (j < n && !isBlank(lines[j]!.text) && !fieldAt(lines[j]!.text) && !paragraphStart.test(lines[j]!.text)
        && !pageHeader.test(lines[j]!.text) && !/^\s*this is an action request/i.test(lines[j]!.text) && !captionOf(lines[j]!.text)
        && !/^[\s\\]*$/.test(lines[j]!.text)
        && (kind !== 'eo' || /^\s*(DECL|\d)/i.test(lines[j]!.text))) j++;
    } else if (kind === 'ref') {
      for (;;) {
        while (j < n && !isBlank(lines[j]!.text) && !fieldAt(lines[j]!.text) && !paragraphStart.test(lines[j]!.text) && !pageHeader.test(lines[j]!.text)) j++;
        let k = j;
        while (k < n && isBlank(lines[k]!.text)) k++;
        const nextRef = k < n ? lines[k]!.text : '';
        const prevRef = lines[j - 1]!.text;
        if (k < n && !paragraphStart.test(nextRef) && !fieldAt(nextRef)
          && ((/^\s*¶?\s*(?:\(?[B-Z]\)|[B-Z][.)])\s*\S/.test(nextRef) && /\d/.test(nextRef)) || /^\s*0*\d{2,6}\b/.test(nextRef)
            || /(?:\(?[A-Z]\)|\b[A-Z]\.|,)\s*$/.test(prevRef))) { j = k + 1; continue; }
        break;
      }
    }
    const fieldText = lines.slice(i, j).map((l) => l.text).join('\n');
    const from = i;
    i = j;
    switch (kind) {
      case 'eo': {
        const inlineTags = /\bTAGS?\s*:?\s+(.*)$/i.exec(fieldText);
        cable.eo ??= parseEo(inlineTags ? fieldText.slice(0, inlineTags.index) : fieldText);
        if (!cable.eo.order) diags.add('warning', 'eo-order-missing', 'E.O. line without an order number', lines[from]!, 0);
        if (inlineTags && cable.tags.length === 0) cable.tags = parseTags(inlineTags[1]!);
        const inlineSubject = /\bSUBJ(?:ECT)?\s*:\s*(.*)$/is.exec(fieldText);
        if (inlineSubject && !cable.subject) cable.subject = parseSubject(inlineSubject[1]!);
        push('eo', from, j, { order: cable.eo.order, declassify: cable.eo.declassify });
        break;
      }
      case 'tags':
        if (cable.tags.length === 0) cable.tags = parseTags(fieldText);
        push('tags', from, j);
        break;
      case 'subject': {
        cable.subject ??= parseSubject(fieldText);
        const flat = squash(fieldText);
        const refAt = subjectRefAt(flat);
        if (refAt >= 0) cable.refs.push(...parseRefs(flat.slice(refAt).replace(/^\s*/, ''), year, selfStation, selfRef));
        push('subject', from, j);
        break;
      }
      case 'ref':
        cable.refs.push(...parseRefs(fieldText, year, selfStation, selfRef));
        push('ref', from, j);
        break;
      case 'classifiedBy':
        if (!cable.classifiedBy || cable.classifiedBy.reasons.length === 0) cable.classifiedBy = parseClassifiedBy(fieldText);
        push('classifiedBy', from, j);
        break;
    }
  }
  const tagsZone = zones.find((z) => z.type === 'tags');
  if (tagsZone && cable.tags.length === 0) diags.add('warning', 'tags-empty', 'the TAGS line is empty', lines[tagsZone.from]!, 0);
  if (!tagsZone && !zones.some((z) => z.type === 'eo' && cable.tags.length > 0) && (c >= 0)) diags.add('info', 'tags-missing', 'no TAGS line', lines[Math.min(i, n - 1)] ?? null, 0);

  // 5. the body: paragraphs, headings, running headers, signature
  parseBody(lines, i, cable, zones, diags, { raw: text, bodyFrom: c >= 0 ? c + 1 : i, captionStation, captionSerial });

  // a `Classified by …` sentence at the start of an early paragraph (older cables)
  if (!cable.classifiedBy) {
    for (const p of cable.paragraphs.slice(0, 3)) {
      const m = /^(?:\(U\)\s*)?(?:[A-Z ]{4,20}-\s*ENTIRE TEXT\.\s*)?CLASSIFIED\s+BY\b/i.exec(p.text);
      if (m) { cable.classifiedBy = parseClassifiedBy(p.text.slice(m.index)); break; }
    }
  }

  // 6. cross-checks and derived metadata
  if (captionLevel && cable.banner) {
    const b = parseBanner(cable.banner);
    if (b && b.level !== captionLevel) {
      diags.add('warning', 'banner-caption-mismatch', `metadata banner ${cable.banner} disagrees with the classification line (${captionLevel})`, lines[3] ?? null, 0);
    }
  }
  if (header) {
    if (header.serial && captionSerial && Number(header.serial) % 10000 !== Number(captionSerial) % 10000) {
      diags.add('warning', 'de-serial-mismatch', `DE serial #${header.serial} differs from the caption serial ${captionSerial}`, lines[c] ?? null, 0);
    }
    if (header.julian && header.dtg) {
      const jd = Number(header.julian.slice(0, 3));
      const dd = dayOfYear(header.dtg);
      const diff = Math.abs(jd - dd);
      if (diff > 1 && diff < 364) diags.add('warning', 'julian-dtg-mismatch', `DE Julian day ${jd} differs from the DTG's day ${dd}`, null, 0);
    }
    if (header.securityProsign && captionLevel) {
      const zn = header.securityProsign;
      const classifiedProsign = /^ZNY\s+(CCCCC|SSSSS|TTTTT)/.test(zn);
      const unclassProsign = /^ZNR\s+UUUUU|^ZNY\s+EEEEE/.test(zn);
      if ((captionLevel === 'U' && classifiedProsign) || (captionLevel !== 'U' && unclassProsign)) {
        diags.add('warning', 'security-prosign-mismatch', `security line "${zn}" disagrees with the classification line (${captionLevel})`, null, 0);
      }
    }
  }
  if (!cable.banner && captionLevel) cable.banner = bannerFromCaption(captionLevel, controls);
  if (!cable.origin) cable.origin = originFromFm(header?.from ?? null);
  if (!cable.created && dtg) cable.created = dtg.slice(0, 10) + ' ' + dtg.slice(11, 16);
  if (cable.eo === null && c >= 0 && cable.classification && cable.classification.level !== 'U') {
    diags.add('info', 'eo-missing', 'classified cable without an E.O. line', lines[c] ?? null, 0);
  }
  // diagnostics get their real positions from the zone lines
  return { text, encoding, lines, zones: fillGaps(zones, n), cable };
}

/** Lines after the signature: blanks, end-of-message marks, page headers, repeated classification, archive notes. */
function isTrailer(s: string): boolean {
  return isBlank(s) || transmissionNoise.test(s) || pageHeader.test(s)
    || /^\s*(UNCLASSIFIED|CONFIDENTIAL|SECRET|UNCLAS|LIMITED OFFICIAL USE|NNNN)\s*$/.test(s)
    || /^\s*(Declassified\/Released|Systematic Review|Review \d{1,2} [A-Z]{3} \d{4})/i.test(s);
}

/** Is there a field start in the next few lines, before any paragraph? */
function fieldAhead(lines: Line[], from: number): boolean {
  for (let k = from; k < Math.min(lines.length, from + 10); k++) {
    const s = lines[k]!.text;
    if (paragraphStart.test(s)) return false;
    if (fieldAt(s)) return true;
  }
  return false;
}

/** Make the zones a partition of all lines (gaps become `text`), in order. */
function fillGaps(zones: Zone[], n: number): Zone[] {
  zones.sort((a, b) => a.from - b.from);
  const out: Zone[] = [];
  let at = 0;
  for (const z of zones) {
    if (z.from > at) out.push({ type: 'text', from: at, to: z.from });
    if (z.from < at) continue; // defensive: overlapping zone
    out.push(z);
    at = z.to;
  }
  if (at < n) out.push({ type: 'text', from: at, to: n });
  return out;
}

interface BodyContext {
  raw: string;
  bodyFrom: number;
  captionStation: string | null;
  captionSerial: string | null;
}

/** Body lines from `start`: numbered and lettered paragraphs, headings, running headers, signature. */
function parseBody(lines: Line[], start: number, cable: Cable, zones: Zone[], diags: Diagnostics, ctx: BodyContext): void {
  const n = lines.length;
  // trailing end: skip blank lines, transmission noise and archive trailers; then the signature
  let end = n;
  while (end > start && isTrailer(lines[end - 1]!.text)) end--;
  const tailFrom = end;
  let sigLine = -1;
  if (end > start) {
    const s = lines[end - 1]!.text.trim().replace(/[#.\s]+$/, '');
    const inline = /(?:\bEND(?:\s+OF)?\s+TEXT\.?|[.)"])\s+([A-Z][A-Z'\-]{2,})$/.exec(s);
    if (/^[A-Z][A-Z'\-]+(?:[ ,]+[A-Z][A-Z'.\-]*){0,3}$/.test(s) && s.length <= 40 && !/^(END|BEGIN|SIPDIS|NOFORN|NODIS|EXDIS|UNCLASSIFIED|CONFIDENTIAL|SECRET|UNCLAS|NNNN|BT|TEXT|COMMENT)\b/.test(s) && !paragraphStart.test(s) && !captionOf(s)) {
      sigLine = end - 1;
      cable.signedBy = s.split(/[\s,]+/).filter(Boolean);
      end = end - 1;
    } else if (inline && !/^(END|TEXT|COMMENT|SUMMARY|NOTE)$/.test(inline[1]!)) {
      cable.signedBy = [inline[1]!];
    }
  }

  // classify each body line
  const kinds: (ZoneType | 'para' | 'sub')[] = new Array(n);
  const paraInfo = new Map<number, { number: string; markText: string | null; contentStart: number }>();
  let last = 0;
  let parent = '';
  let nextLetter = 'A';
  let inSectionHeader = false;
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    const s = line.text;
    if (isBlank(s)) { kinds[k] = 'blank'; continue; }
    if (pageHeader.test(s)) { kinds[k] = 'runningHeader'; continue; }
    const cap = captionOf(s);
    if (cap && (sectionPart.test(cap.rest) || (ctx.captionSerial && cap.rest.includes(ctx.captionSerial)) || cap.rest.trim() === '')) {
      kinds[k] = 'runningHeader';
      inSectionHeader = true;
      continue;
    }
    if (inSectionHeader) {
      const field = fieldAt(s);
      if (isControlLine(s) || field === 'eo' || field === 'tags') { kinds[k] = 'runningHeader'; continue; }
      if (field === 'subject') {
        kinds[k] = 'runningHeader';
        while (k + 1 < end && !isBlank(lines[k + 1]!.text) && !paragraphStart.test(lines[k + 1]!.text)) kinds[++k] = 'runningHeader';
        continue;
      }
      inSectionHeader = false;
    }
    const pm = paragraphStart.exec(s);
    if (pm) {
      const num = Number(pm[1]);
      const marking = pm[2] !== undefined ? parsePortionMarking(pm[2]) : null;
      const accept = num === last + 1 || (last === 0 && (num <= 2 || marking !== null)) || (marking !== null && num > last && num <= last + 20);
      const afterNumber = s.slice(pm[0].length);
      if (accept && (pm[2] !== undefined || /^\s/.test(s.slice(s.indexOf('.') + 1)) || afterNumber === '')) {
        if (num !== last + 1 && last !== 0) diags.add('info', 'paragraph-number-skipped', `paragraph ${num} follows paragraph ${last}`, line, s.indexOf(pm[1]!));
        last = num;
        parent = String(num);
        nextLetter = 'A';
        kinds[k] = 'para';
        const keepMark = marking !== null ? pm[2]! : null;
        if (pm[2] !== undefined && marking === null && /^[A-Z]{1,4}(\s*\/+\s*[A-Z]{1,6})*$/.test(pm[2].trim()) && pm[2].trim().length <= 12 && !/^[A-Z]{5,}$/.test(pm[2].trim())) {
          diags.add('warning', 'portion-marking-malformed', `paragraph ${num}: "(${pm[2]})" looks like a portion marking but cannot be read`, line, s.indexOf('('));
        }
        const contentStart = keepMark !== null || pm[2] === undefined ? pm[0].length : s.indexOf('(');
        paraInfo.set(k, { number: parent, markText: keepMark, contentStart });
        continue;
      }
    }
    if (parent) {
      const lm = letteredStart.exec(s);
      if (lm) {
        const letter = (lm[1] ?? lm[2])!;
        const marking = lm[3] !== undefined ? parsePortionMarking(lm[3]) : null;
        const prevBlank = k === start || isBlank(lines[k - 1]!.text);
        if (letter === nextLetter && prevBlank && (marking !== null || letter === 'A' || nextLetter !== 'A')) {
          kinds[k] = 'sub';
          nextLetter = String.fromCharCode(letter.charCodeAt(0) + 1);
          paraInfo.set(k, { number: `${parent}.${letter}`, markText: marking ? lm[3]! : null, contentStart: marking ? lm[0].length : lm[0].length - (lm[3] !== undefined ? lm[3].length + 2 : 0) });
          continue;
        }
      }
    }
    if (ruleLine.test(s)) { kinds[k] = 'heading'; continue; }
    kinds[k] = 'text';
  }
  // headings: a short title line next to a rule line, or between blank lines in capitals before a paragraph
  for (let k = start; k < end; k++) {
    if (kinds[k] !== 'heading') continue;
    for (const t of [k - 1, k + 1]) {
      if (t >= start && t < end && kinds[t] === 'text') {
        const s = lines[t]!.text.trim();
        if (s.length <= 80 && !/[a-z]{3,}.*\.\s*$/.test(s) && s === s.toUpperCase()) kinds[t] = 'heading';
        else if (s.length <= 60 && !/[.;:,]$/.test(s)) kinds[t] = 'heading';
      }
    }
  }

  // group lines into zones; paragraphs absorb following text/blank lines until the next paragraph or heading
  let k = start;
  const paragraphs: Paragraph[] = [];
  while (k < end) {
    const kind = kinds[k]!;
    if (kind === 'para' || kind === 'sub') {
      const info = paraInfo.get(k)!;
      let j = k + 1;
      const textLines: string[] = [];
      const first = lines[k]!.text.slice(info.contentStart).trim();
      textLines.push(first);
      let lastContent = k;
      while (j < end && (kinds[j] === 'text' || kinds[j] === 'blank' || kinds[j] === 'runningHeader' || kinds[j] === 'heading')) {
        // a heading followed by a paragraph ends this one; running headers are skipped
        if (kinds[j] === 'heading') {
          let q = j;
          while (q < end && (kinds[q] === 'heading' || kinds[q] === 'blank')) q++;
          if (q >= end || kinds[q] === 'para' || kinds[q] === 'sub') break;
          // a rule inside the text (e.g. a table) stays text
        }
        if (kinds[j] === 'text' || kinds[j] === 'heading') { textLines.push(lines[j]!.text.trimEnd()); lastContent = j; }
        else if (kinds[j] === 'blank') textLines.push('');
        j++;
      }
      // trailing blank lines are not part of the paragraph
      let to = lastContent + 1;
      while (textLines.length && textLines[textLines.length - 1] === '') textLines.pop();
      const markText = info.markText;
      const marking = markText !== null ? parsePortionMarking(markText) : null;
      const para: Paragraph = {
        number: info.number,
        marking,
        text: textLines.join('\n').trimEnd(),
        start: lines[k]!.start + (lines[k]!.text.length - lines[k]!.text.trimStart().length),
        end: lines[lastContent]!.end,
      };
      zones.push({ type: 'paragraph', from: k, to, data: { number: info.number } });
      // running headers inside the paragraph keep their own zones
      for (let q = k + 1; q < to; q++) if (kinds[q] === 'runningHeader') splitZone(zones, q);
      paragraphs.push(para);
      k = to;
      continue;
    }
    if (kind === 'heading' || kind === 'runningHeader' || kind === 'blank') {
      let j = k + 1;
      while (j < end && kinds[j] === kind) j++;
      zones.push({ type: kind, from: k, to: j });
      k = j;
      continue;
    }
    // text outside numbered paragraphs
    let j = k + 1;
    while (j < end && (kinds[j] === 'text' || (kinds[j] === 'blank' && j + 1 < end && kinds[j + 1] === 'text'))) j++;
    zones.push({ type: 'text', from: k, to: j });
    k = j;
  }
  if (sigLine >= 0) zones.push({ type: 'signature', from: sigLine, to: sigLine + 1 });
  if (tailFrom < n) zones.push({ type: lines.slice(tailFrom).every((l) => isBlank(l.text)) ? 'blank' : 'trailer', from: tailFrom, to: n });
  const text = ctx.raw;
  let all = splitInline(text, paragraphs);
  if (all.length === 0 && lines.length > 0) {
    // a body flattened onto a few long lines: look for `1. (C) …  2. (C) …` anywhere after the caption
    const from = lines[Math.max(0, ctx.bodyFrom)]?.start ?? 0;
    const first = /(?:^|\s)(1)\s?\.\s*\(([^()\n]{1,40})\)/.exec(text.slice(from));
    if (first && parsePortionMarking(first[2]!)) {
      const at = from + first.index + first[0].indexOf('1');
      all = splitInline(text, [{ number: '1', marking: parsePortionMarking(first[2]!), text: '', start: at, end: lines[end - 1]?.end ?? text.length }], true);
      if (all.length) diags.add('warning', 'paragraphs-inline', 'numbered paragraphs run together on long lines', null, 0);
    }
  }
  if (all.length === 0) all = unnumberedBlocks(lines, start, end, kinds);
  cable.paragraphs = all;
  // every summary form has the word: a body without it needs no look line by line (one scan instead of three patterns a line)
  const saysSummary = end > start && /summary/i.test(text.slice(lines[start]!.start, lines[end - 1]!.end));
  cable.summary = saysSummary ? findSummary(lines, start, end, kinds, all) : null;
}

/**
 * A body without numbered paragraphs: each block of text between blank lines is a portion, numbered
 * `(1)`, `(2)`, … (parenthesised: the numbers are ours, not the cable's), with its portion mark if any.
 */
function unnumberedBlocks(lines: Line[], start: number, end: number, kinds: (ZoneType | 'para' | 'sub')[]): Paragraph[] {
  const out: Paragraph[] = [];
  let k = start;
  while (k < end) {
    if (kinds[k] !== 'text') { k++; continue; }
    let j = k;
    while (j < end && kinds[j] === 'text') j++;
    const first = lines[k]!;
    const m = /^\s*\(([^()\n]{1,40})\)\s*/.exec(first.text);
    const marking = m ? parsePortionMarking(m[1]!) : null;
    const texts = lines.slice(k, j).map((l) => l.text.replace(/\s+$/, ''));
    texts[0] = marking ? first.text.slice(m![0].length).trim() : texts[0]!.trim();
    out.push({ number: `(${out.length + 1})`, marking, text: texts.join('\n').trim(), start: first.start + (first.text.length - first.text.trimStart().length), end: lines[j - 1]!.end });
    k = j;
  }
  return out;
}

/**
 * Paragraphs that the archive ran together on one line (`… end.  2. (C) Next …`): split them at
 * inline starts whose number follows on and whose marking reads as a marking.
 */
function splitInline(text: string, paragraphs: Paragraph[], fromScratch = false): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /(\s)(\d{1,3})\s?\.\s*\(([^()\n]{1,40})\)\s*/g;
  for (let idx = 0; idx < paragraphs.length; idx++) {
    const p = paragraphs[idx]!;
    const nextNumber = paragraphs[idx + 1] ? Number(paragraphs[idx + 1]!.number.split('.')[0]) : Infinity;
    let current = p;
    let expected = Number(p.number.split('.')[0]) + 1;
    if (!/^\d+$/.test(p.number)) { out.push(p); continue; }
    const span = text.slice(p.start, p.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const pieces: { at: number; number: number; marking: ReturnType<typeof parsePortionMarking>; contentAt: number }[] = [];
    while ((m = re.exec(span))) {
      const num = Number(m[2]);
      if (num !== expected || num >= nextNumber) continue;
      const marking = parsePortionMarking(m[3]!);
      if (!marking) continue;
      pieces.push({ at: p.start + m.index + 1, number: num, marking, contentAt: p.start + m.index + m[0].length });
      expected++;
    }
    if (pieces.length === 0 && !fromScratch) { out.push(p); continue; }
    if (fromScratch) {
      const head = /^\s*1\s?\.\s*\(([^()\n]{1,40})\)\s*/.exec(span);
      current = { ...p, text: '', start: p.start };
      const contentAt = p.start + (head ? head[0].length : 0);
      const firstEnd = pieces[0]?.at ?? p.end;
      current.text = text.slice(contentAt, firstEnd).trim();
      current.end = contentAt + text.slice(contentAt, firstEnd).trimEnd().length;
    } else {
      const firstEnd = pieces[0]!.at;
      const cut = text.slice(p.start, firstEnd).trimEnd();
      current = { ...p, end: p.start + cut.length, text: p.text.slice(0, Math.max(0, p.text.length - (text.slice(p.start, p.end).length - cut.length))).trimEnd() };
      // the paragraph's own text up to the first inline start
      const own = p.text.indexOf(text.slice(pieces[0]!.at, pieces[0]!.contentAt).trim());
      if (own >= 0) current.text = p.text.slice(0, own).trimEnd();
    }
    out.push(current);
    pieces.forEach((pc, k) => {
      const stop = k + 1 < pieces.length ? pieces[k + 1]!.at : p.end;
      const body = text.slice(pc.contentAt, stop);
      out.push({ number: String(pc.number), marking: pc.marking, text: body.trim(), start: pc.at, end: pc.contentAt + body.trimEnd().length });
    });
  }
  return out;
}

/** Split a paragraph zone so that line q becomes its own running-header zone. */
function splitZone(zones: Zone[], q: number): void {
  const z = zones[zones.length - 1]!;
  if (q < z.from || q >= z.to) return;
  const tail: Zone = { type: z.type, from: q + 1, to: z.to, data: { ...z.data, continued: true } };
  z.to = q;
  zones.push({ type: 'runningHeader', from: q, to: q + 1 });
  if (tail.to > tail.from) zones.push(tail);
}

/** The summary: text between a SUMMARY opener and END SUMMARY, or the paragraphs under a SUMMARY heading. */
function findSummary(lines: Line[], start: number, end: number, kinds: (ZoneType | 'para' | 'sub')[], paragraphs: Paragraph[]): string | null {
  let endAt = -1;
  let endSplit = false;
  for (let k = start; k < end; k++) {
    if (/\bEND\s+(OF\s+)?SUMMARY\b/i.test(lines[k]!.text)) { endAt = k; break; }
    // `… End` / `Summary.` split over two lines
    if (/\bEND\s*$/i.test(lines[k]!.text) && k + 1 < end && /^\s*SUMMARY\b/i.test(lines[k + 1]!.text)) { endAt = k; endSplit = true; break; }
  }
  let from = -1;
  let openerCol = 0;
  const limit = endAt >= 0 ? endAt : end;
  for (let k = start; k <= limit && k < end; k++) {
    const m = /\b(?:EXECUTIVE\s+)?SUMMARY(?:\s+AND\s+(?:COMMENT|ACTION REQUEST)|\/COMMENT)?\s*[:.-]/i.exec(lines[k]!.text);
    if (m && !/\bEND\s+(OF\s+)?SUMMARY/i.test(lines[k]!.text.slice(0, m.index + m[0].length))) { from = k; openerCol = m.index + m[0].length; break; }
    if (kinds[k] === 'heading' && /^\s*(EXECUTIVE\s+)?SUMMARY(\s+AND\s+[A-Z ]{3,30})?\s*:?\s*$/i.test(lines[k]!.text)) { from = k + 1; openerCol = 0; break; }
  }
  if (endAt < 0 && from < 0) return null;
  if (from < 0) {
    const firstPara = paragraphs[0];
    if (!firstPara) return null;
    from = lines.findIndex((l) => l.start <= firstPara.start && firstPara.start < l.next);
    openerCol = 0;
  }
  let to = endAt;
  if (to < 0) {
    // under a heading: up to the next heading
    const inline = openerCol > 0;
    while (from < end && (kinds[from] === 'heading' || kinds[from] === 'blank')) from++;
    to = from;
    // under a heading: to the next heading; after an inline `Summary:`: to the end of its paragraph
    while (to < end && kinds[to] !== 'heading' && !(inline && to > from && (kinds[to] === 'para' || kinds[to] === 'sub'))) to++;
    to--;
  }
  const parts: string[] = [];
  for (let k = from; k <= Math.min(to, end - 1); k++) {
    if (kinds[k] === 'runningHeader' || kinds[k] === 'heading' && k !== to) continue;
    let s = lines[k]!.text;
    if (k === from) s = s.slice(openerCol);
    if (k === endAt) s = endSplit ? s.replace(/\bEND\s*$/i, '') : s.replace(/\bEND\s+(OF\s+)?SUMMARY\b.*$/i, '');
    s = s.replace(/\s[-=\u2010-\u2015]{3,}\s.*$/, ''); // a heading run into the line
    s = s.replace(/^\s*(?:¶\s*)?\d{1,3}\s?\.\s*(?:\([^()]{1,40}\))?\s*/, '').replace(/^\s*\([A-Z/ ]{1,20}\)\s*/, '').trim();
    if (s) parts.push(s);
  }
  const text = parts.join('\n').trim();
  return text || null;
}
