/**
 * The ACP-127 transmission header: VZCZC transmission id, precedence + routing line, DE line
 * (station, serial, section, Julian filing time), ZNY/ZNR security line, precedence + DTG,
 * FM, TO and INFO addressees with routing indicators, precedence and serials.
 */
import type { Addressee, Header } from './types.js';
import type { Line } from './text.js';
import { parseDtg } from './dtg.js';
import type { Diagnostics } from './diagnostics.js';

const precedenceWords: Record<string, string> = {
  'NIACT IMMEDIATE': 'NIACT IMMEDIATE', NIACT: 'NIACT IMMEDIATE', IMMEDIATE: 'IMMEDIATE', IMMEDIAT: 'IMMEDIATE',
  IMMED: 'IMMEDIATE', PRIORITY: 'PRIORITY', PRORITY: 'PRIORITY', PRIORTY: 'PRIORITY', PRIORIT: 'PRIORITY',
  PRIOIRTY: 'PRIORITY', ROUTINE: 'ROUTINE', ROUTIN: 'ROUTINE', FLASH: 'FLASH',
};
const typoPrecedence = new Set(['PRORITY', 'PRIORTY', 'PRIORIT', 'PRIOIRTY', 'IMMEDIAT', 'IMMED', 'ROUTIN']);

const addresseeTail = /\s+(NIACT\s+IMMEDIATE|NIACT|IMMEDIATE|IMMEDIAT|IMMED|PRIORITY|PRORITY|PRIORTY|PRIORIT|PRIOIRTY|ROUTINE|ROUTIN|FLASH)\b(?:\s+(\d{1,6}(?:-\d{1,6})?))?\s*$/;

/**
 * One TO/INFO entry: `RUEHFR/AMEMBASSY PARIS IMMEDIATE 0000`, `SECSTATE WASHDC PRIORITY`,
 * `RUEHLO/AMEMBASSY LONDON 7424`, `RUCNMEU/EU INTEREST COLLECTIVE`.
 */
export function parseAddressee(text: string, diags?: Diagnostics, line?: Line): Addressee {
  let rest = text.trim();
  let ri: string | null = null;
  // `ZEN/` marks an addressee served by other means: no routing indicator
  rest = rest.replace(/^ZEN\s*\/\s*/, '');
  const riMatch = /^(R[A-Z0-9]{3,7})\s*\/\s*(.*)$/.exec(rest);
  if (riMatch) {
    ri = riMatch[1]!;
    rest = riMatch[2]!;
  }
  let precedence: string | null = null;
  let serial: string | null = null;
  const tail = addresseeTail.exec(rest);
  if (tail) {
    const word = tail[1]!.replace(/\s+/g, ' ');
    precedence = precedenceWords[word] ?? word;
    serial = tail[2] ?? null;
    rest = rest.slice(0, tail.index);
    if (typoPrecedence.has(word) && diags && line) {
      diags.add('warning', 'precedence-typo', `precedence "${word}" read as ${precedence}`, line, text.indexOf(word));
    }
  } else {
    const s = /\s+(\d{1,6}(?:-\d{1,6})?)\s*$/.exec(rest);
    if (s) {
      serial = s[1]!;
      rest = rest.slice(0, s.index);
    }
  }
  return { ri, name: rest.replace(/\s+/g, ' ').trim(), precedence, serial };
}

/** True when a line belongs to a transmission header rather than a cable's caption or body. */
export function isHeaderLine(s: string): boolean {
  return /^(VZCZC|DE\s+[A-Z]{4,}|ZN[YR]\s|FM\s|TO\s|INFO\s|XMT\b|BT\s*$|[ZOPRY]{1,2}(\s+[ZOPRY])?\s+\d{6}Z)/.test(s.trim());
}

/**
 * Parse the header zone's lines. Returns null when the zone holds no header at all
 * (the "partial extract" note, or nothing).
 */
export function parseHeader(lines: Line[], diags: Diagnostics): Header | null {
  const h: Header = {
    transmissionId: null, station: null, serial: null, section: null, julian: null,
    precedence: null, dtg: null, from: null, to: [], info: [], securityProsign: null,
  };
  let found = false;
  let list: Addressee[] | null = null;
  let seenDe = false;
  let excluding: Addressee | null = null;
  for (const line of lines) {
    const s = line.text.trim();
    if (s === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^(VZCZC\S*)/.exec(s))) {
      if (!h.transmissionId) h.transmissionId = m[1]!;
      found = true;
      list = null;
      continue;
    }
    if (!seenDe && /^(ZZ|OO|PP|RR|[ZOPR])(\s+[ZOPR]{1,2})?(\s+R[A-Z0-9]{3,7})+\s*$/.test(s)) {
      found = true;
      continue;
    }
    if ((m = /^DE\s+([A-Z][A-Z0-9]{2,7})\s*#?\s*(\d{1,6})?(?:\/(\d{1,3}))?\s*(\d{7})?/.exec(s))) {
      h.station = m[1]!;
      h.serial = m[2] ?? null;
      h.section = m[3] ?? null;
      h.julian = m[4] ?? null;
      seenDe = true;
      found = true;
      list = null;
      continue;
    }
    if (/^ZN[YR]\b/.test(s)) {
      h.securityProsign = s.replace(/\s+/g, ' ');
      found = true;
      continue;
    }
    if ((m = /^([ZOPRY]{1,2}(?:\s+[ZOPRY]{1,2})?)\s+(\d{2})(\d{4})Z\s*([A-Z]{3})\s*(\d{2,4})\b/.exec(s))) {
      if (!h.dtg) {
        h.precedence = m[1]!.replace(/\s+/g, ' ');
        h.dtg = parseDtg(m[2]!, m[3]!, m[4]!, m[5]!);
        if (!h.dtg) diags.add('warning', 'dtg-invalid', `date-time group is not a valid date: ${s}`, line, 0);
      }
      found = true;
      list = null;
      continue;
    }
    if ((m = /^FM\s+(.+)$/.exec(s))) {
      h.from = m[1]!.replace(/\s+/g, ' ').trim();
      found = true;
      list = null;
      continue;
    }
    if ((m = /^TO\s+(.+)$/.exec(s))) {
      list = h.to;
      excluding = null;
      if (!/^PAGE\s+\d/.test(m[1]!)) list.push(parseAddressee(m[1]!, diags, line));
      found = true;
      continue;
    }
    if ((m = /^INFO\s+(.+)$/.exec(s))) {
      if (/^[A-Z]+-\d\d\b/.test(m[1]!)) { list = null; continue; } // office distribution (INFO LOG-00 NP-00 …)
      list = h.info;
      excluding = null;
      list.push(parseAddressee(m[1]!, diags, line));
      found = true;
      continue;
    }
    if ((m = /^XMT\s*\/?\s*(.*)$/.exec(s))) {
      const target = list?.[list.length - 1];
      if (target) {
        target.excluded = [...(target.excluded ?? []), ...(m[1] ? [m[1].trim()] : [])];
        excluding = target;
      }
      continue;
    }
    if (s === 'BT') { list = null; continue; }
    if (excluding && list) { excluding.excluded!.push(s.replace(/\s+/g, ' ')); continue; }
    if (list && !/^[A-Z]+-\d\d\b/.test(s) && !/^-{3,}/.test(s) && !/^(PAGE|ACTION)\s/.test(s)) {
      list.push(parseAddressee(s, diags, line));
    }
  }
  return found ? h : null;
}
