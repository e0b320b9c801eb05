/**
 * Compose a new, well-formed cable from a structured description, in the layout of the archive
 * (metadata lines, transmission header, caption, fields, numbered paragraphs, signature).
 * `parseCable(composeCable(d))` gives the description's fields back.
 */
import type { Addressee, Marking } from './types.js';

export interface CableDraft {
  id: string;
  /** `YYYY-MM-DD HH:MM` */
  created: string;
  released?: string | null;
  /** e.g. `SECRET//NOFORN` */
  banner: string;
  /** e.g. `Secretary of State`, `Embassy Paris` */
  origin: string;
  header?: {
    transmissionId?: string;
    station: string;
    serial: string;
    julian?: string;
    securityProsign?: string;
    precedence: string;
    /** ISO 8601 UTC */
    dtg: string;
    from: string;
    to: Addressee[];
    info?: Addressee[];
  } | null;
  /** caption: classification (U, C, S, TS) */
  level: Marking['level'];
  /** caption station words (`STATE`, `PARIS`) and serial (`096222`) */
  captionStation: string;
  captionSerial: string;
  controls?: string[];
  eo?: { order: string; declassify: string | null } | null;
  tags?: string[];
  subject?: { text: string; marking?: string | null } | null;
  refs?: { label?: string | null; text: string }[];
  classifiedBy?: { by: string; reasons: string } | null;
  paragraphs: { number: string; marking?: string | null; text: string }[];
  signedBy?: string[];
}

const spaced: Record<Marking['level'], string> = {
  U: 'UNCLAS', C: 'C O N F I D E N T I A L', S: 'S E C R E T', TS: 'T O P S E C R E T',
};
const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** ISO date-time → DTG `161515Z SEP 09`. */
export function formatDtg(iso: string): string {
  const d = new Date(iso);
  const p = (v: number) => String(v).padStart(2, '0');
  return `${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}Z ${months[d.getUTCMonth()]} ${p(d.getUTCFullYear() % 100)}`;
}

function addresseeLine(a: Addressee): string {
  return [a.ri ? `${a.ri}/${a.name}` : a.name, a.precedence, a.serial].filter(Boolean).join(' ');
}

/** Wrap text at `width` columns (words kept whole), as telegrams do. */
export function wrap(text: string, width = 64): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      if (line && line.length + 1 + word.length > width) { out.push(line); line = word; }
      else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/** Render a draft as cable text. */
export function composeCable(d: CableDraft): string {
  const L: string[] = [d.id, d.created, d.released ?? d.created, d.banner, d.origin, ''];
  if (d.header) {
    const h = d.header;
    L.push(h.transmissionId ?? 'VZCZCXYZ0000');
    const prec = h.precedence.split(/\s+/)[0]!;
    L.push(`${prec}${prec} RUEHWEB`, '');
    L.push(`DE ${h.station} #${h.serial}${h.julian ? ' ' + h.julian : ''}`);
    L.push(h.securityProsign ?? (d.level === 'U' ? 'ZNR UUUUU ZZH' : `ZNY ${d.level === 'TS' ? 'TTTTT' : d.level === 'S' ? 'SSSSS' : 'CCCCC'} ZZH`));
    L.push(`${h.precedence} ${formatDtg(h.dtg)}`);
    L.push(`FM ${h.from}`);
    h.to.forEach((a, i) => L.push(`${i === 0 ? 'TO ' : ''}${addresseeLine(a)}`));
    (h.info ?? []).forEach((a, i) => L.push(`${i === 0 ? 'INFO ' : ''}${addresseeLine(a)}`));
    L.push('');
  }
  L.push(`${spaced[d.level]} ${d.captionStation} ${d.captionSerial}`, '');
  for (const c of d.controls ?? []) L.push(c);
  if ((d.controls ?? []).length) L.push('');
  if (d.eo) L.push(`E.O. ${d.eo.order}: DECL: ${d.eo.declassify ? isoToMdy(d.eo.declassify) : 'N/A'}`);
  L.push(`TAGS: ${(d.tags ?? []).join(' ')}`);
  if (d.subject) {
    const subj = `SUBJECT: ${d.subject.marking ? `(${d.subject.marking}) ` : ''}${d.subject.text}`;
    L.push(...wrap(subj));
  }
  L.push('');
  if (d.refs && d.refs.length) {
    d.refs.forEach((r, i) => L.push(`${i === 0 ? 'REF: ' : '     '}${r.label ? `${r.label}. ` : ''}${r.text}`));
    L.push('');
  }
  if (d.classifiedBy) {
    L.push(...wrap(`Classified By: ${d.classifiedBy.by} for reasons ${d.classifiedBy.reasons}.`));
    L.push('');
  }
  for (const p of d.paragraphs) {
    L.push(...wrap(`${p.number}. ${p.marking ? `(${p.marking}) ` : ''}${p.text}`));
    L.push('');
  }
  if (d.signedBy && d.signedBy.length) L.push(d.signedBy.join(' '));
  return L.join('\n') + '\n';
}

function isoToMdy(iso: string): string {
  const [y, m, dd] = iso.split('-');
  return `${m}/${dd}/${y}`;
}
