/**
 * Control-entry numbers in every notation people write them in, reduced to one canonical id.
 *
 * Canonical ids: dual-use entries in ECCN style with a dotted lower-case path (`6A002.a.3`, the form the
 * U.S. CCL and the EU Annex I share), munitions entries as `ML5.a`. Accepted on input: `6A002.a.3`,
 * `6A002 a.3`, `6A002.A.3`, `6A002a3`, `6A002(a)(3)`, `ECCN 6A002`, Wassenaar `6.A.2.a.3` or
 * `6. A. 2. a. 3.`, `Cat 6.A.2.a.3`, `ML5.a`, `ML 5 a`.
 */

/** A parsed entry number. */
export interface EntryNumber {
  /** `dual-use` (ECCN / Wassenaar category numbering) or `munitions` (Wassenaar ML). */
  kind: 'dual-use' | 'munitions';
  /** `6A002` or `ML5` */
  base: string;
  /** sub-paragraph labels, lower-case: ['a', '3'] */
  path: string[];
  /** canonical id: `6A002.a.3`, `ML5.a` */
  id: string;
}

function canonicalPath(tokens: string[]): string[] | null {
  const path = tokens.map((t) => t.toLowerCase());
  for (let i = 0; i < path.length; i++) {
    const letter = i % 2 === 0;
    if (letter ? !/^[a-z]$/.test(path[i]!) : !/^\d{1,2}$/.test(path[i]!)) return null;
    if (!letter) path[i] = String(Number(path[i]));
  }
  return path;
}

function make(kind: EntryNumber['kind'], base: string, path: string[]): EntryNumber {
  return { kind, base, path, id: [base, ...path].join('.') };
}

/** Wassenaar dual-use `6.A.2` → ECCN `6A002`. */
export function wassenaarToEccn(category: string | number, group: string, number: string | number): string {
  return `${Number(category)}${group.toUpperCase()}${String(Number(number)).padStart(3, '0')}`;
}

/** ECCN `6A002` → Wassenaar `6.A.2` (null for ECCNs with no Wassenaar counterpart number, e.g. 6A102). */
export function eccnToWassenaar(eccn: string): string | null {
  const m = /^(\d)([A-E])(\d{3})$/.exec(eccn);
  if (!m || Number(m[3]) >= 100 || m[1] === '0') return null;
  return `${m[1]}.${m[2]}.${Number(m[3])}`;
}

/** The Wassenaar notation of a canonical id (`6A002.a.3` → `6.A.2.a.3`), or null. */
export function toWassenaarNotation(id: string): string | null {
  const [eccn, ...path] = id.split('.');
  const wa = eccnToWassenaar(eccn!);
  return wa ? [wa, ...path].join('.') : null;
}

const pathTail = String.raw`((?:[\s.]*\(?[A-Za-z0-9]{1,2}\)?)*)`;
const prefix = String.raw`(?:(?:ECCN|EU|CCL|WA|Wassenaar(?:\s+Arrangement)?|Cat(?:egory)?\.?|Section|Item|Entry|No\.)[,:]?\s*)*`;
const eccnRe = new RegExp(String.raw`^` + prefix + String.raw`(\d)\s*([A-E])\s*(\d{3})` + pathTail + String.raw`\.?$`, 'i');
const waRe = new RegExp(String.raw`^` + prefix + String.raw`(\d)\s*\.\s*([A-E])\s*\.\s*(\d{1,3})` + pathTail + String.raw`\.?$`, 'i');
const mlRe = new RegExp(String.raw`^(?:WA[-\s]?)?ML\s*(\d{1,2})` + pathTail + String.raw`\.?$`, 'i');

/** Split a path tail (`.a.3`, ` a.3`, `(a)(3)`, `a3`) into labels. */
function tailTokens(tail: string): string[] {
  const spaced = tail.replace(/[().]/g, ' ').trim();
  if (!spaced) return [];
  return spaced.split(/\s+/).flatMap((t) => t.match(/[A-Za-z]|\d{1,2}/g) ?? []);
}

/**
 * Parse one entry number written in any supported notation; null when the string is not one.
 * @example parseEntryNumber('6.A.2.a.3')?.id // '6A002.a.3'
 * @example parseEntryNumber('6A002 A.3')?.id // '6A002.a.3'
 */
export function parseEntryNumber(input: string): EntryNumber | null {
  const s = input.trim().replace(/\s+/g, ' ');
  let m = eccnRe.exec(s);
  if (m) {
    const path = canonicalPath(tailTokens(m[4] ?? ''));
    return path ? make('dual-use', `${m[1]}${m[2]!.toUpperCase()}${m[3]}`, path) : null;
  }
  m = waRe.exec(s);
  if (m) {
    const path = canonicalPath(tailTokens(m[4] ?? ''));
    return path ? make('dual-use', wassenaarToEccn(m[1]!, m[2]!, m[3]!), path) : null;
  }
  m = mlRe.exec(s);
  if (m) {
    const path = canonicalPath(tailTokens(m[2] ?? ''));
    return path ? make('munitions', `ML${Number(m[1])}`, path) : null;
  }
  return null;
}

/** A control-entry number found in running text, with its span. */
export interface EntryMention {
  text: string;
  start: number;
  end: number;
  number: EntryNumber;
}

const dottedPath = String.raw`((?:\.(?:[a-z]|\d{1,2})(?![A-Za-z0-9]))*)`;
const mentionRes: Array<{ re: RegExp; read: (m: RegExpExecArray) => EntryNumber | null }> = [
  {
    // 6A002, 6A002.a.3, 6A002 a.3, 6A002.A.3
    re: new RegExp(String.raw`\b(\d)([A-E])(\d{3})(?:((?:\.(?:[a-zA-Z]|\d{1,2})(?![A-Za-z0-9]))+)|\s([a-z]\.\d{1,2}(?:\.(?:[a-z]|\d{1,2}))*)(?![A-Za-z0-9]))?`, 'g'),
    read: (m) => {
      const path = canonicalPath(tailTokens(m[4] ?? m[5] ?? ''));
      return path ? make('dual-use', `${m[1]}${m[2]}${m[3]}`, path) : null;
    },
  },
  {
    // Wassenaar 6.A.2.a.3 (also "6. A. 2. a. 3.")
    // no spaces inside in running text: "2. C. 11" is far more often a list label than an entry
    re: new RegExp(String.raw`(?<![\d.])(\d)\.([A-E])\.(\d{1,3})((?:\.(?:[a-z]|\d{1,2})(?![A-Za-z0-9]))*)`, 'g'),
    read: (m) => {
      const path = canonicalPath(tailTokens(m[4] ?? ''));
      return path ? make('dual-use', wassenaarToEccn(m[1]!, m[2]!, m[3]!), path) : null;
    },
  },
  {
    re: new RegExp(String.raw`\bML\s?(\d{1,2})\b` + dottedPath, 'g'),
    read: (m) => {
      const path = canonicalPath(tailTokens(m[2] ?? ''));
      return path ? make('munitions', `ML${Number(m[1])}`, path) : null;
    },
  },
];

/**
 * Every control-entry number written in a text (ECCN, Wassenaar or ML notation), in order of
 * appearance; overlapping matches keep the longest.
 */
export function findEntryNumbers(text: string): EntryMention[] {
  const found: EntryMention[] = [];
  for (const { re, read } of mentionRes) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const number = read(m);
      if (!number) continue;
      let raw = m[0];
      while (raw.endsWith('.') || raw.endsWith(' ')) raw = raw.slice(0, -1);
      found.push({ text: raw, start: m.index, end: m.index + raw.length, number });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntryMention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
