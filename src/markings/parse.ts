/**
 * Markings as written → `Marking`. One grammar for portion marks (`S//NF`, `C NF`, `SECRET/REL
 * FRANCE`), metadata banners (`SECRET//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`) and caption
 * lines (`S E C R E T`, `NOFORN`, `E X D I S`):
 *
 *   marking  = level [sep block (sep block)*]      sep = `/`, `//`, `-`, space
 *   block    = control word(s) | REL [TO] list      (a REL list may continue over `/`: `REL NATO/AUS`)
 *
 * Typos seen in the corpus are read the conservative way: `SE` is SECRET (09CARACAS1444), `SB` is
 * SBU (09CAIRO1215), `SNF` is S//NF (09TRIPOLI1025), a lone `F` after the level is NOFORN
 * (`C/F` among `C/NF` portions, 08LONDON2498). SIPDIS is a distribution indicator and is dropped.
 */
import type { Level, Marking } from './types.js';
import { canonicalControl, sortControls } from './controls.js';
import { resolveRelList } from './rel-to.js';
import { Remembered } from '../common/remembered.js';

type Mode = 'portion' | 'banner';

/** Level words and abbreviations → level plus the controls the word implies. */
const levelWords: Readonly<Record<string, { level: Level; controls?: string[]; portionOnly?: boolean }>> = {
  'TOP SECRET': { level: 'TS' }, TOPSECRET: { level: 'TS' }, TS: { level: 'TS' },
  SECRET: { level: 'S' }, S: { level: 'S' }, SE: { level: 'S', portionOnly: true },
  CONFIDENTIAL: { level: 'C' }, C: { level: 'C' },
  UNCLASSIFIED: { level: 'U' }, UNCLAS: { level: 'U' }, U: { level: 'U' },
  SBU: { level: 'U', controls: ['SBU'] }, SB: { level: 'U', controls: ['SBU'], portionOnly: true },
  'LIMITED OFFICIAL USE': { level: 'U', controls: ['LOU'] }, LOU: { level: 'U', controls: ['LOU'] },
  FOUO: { level: 'U', controls: ['FOUO'] },
};

const levelPattern = /^(TOP ?SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|LIMITED OFFICIAL USE|SBU|LOU|FOUO|TS|SE|SB|S|C|U)(NF)?(?=$|[\s/,-])/;
const noforn = new Set(['NF', 'NOFORN', 'NOT RELEASABLE TO FOREIGN NATIONALS', 'NO FOREIGN', 'NO FOREIGN DISSEM']);
const indicators = new Set(['SIPDIS', 'TAGS']);
const relStart = /^(?:REL(?:EASABLE)?(?: TO)?)(?:\s+|$)/;

/** Join letters written with spaces between them (`S E C R E T`, `E X D I S`). */
function despace(text: string): string {
  return text.replace(/(^|[\s/])((?:[A-Z] ){2,}[A-Z])(?=$|[\s/])/g, (_, pre: string, letters: string) => pre + letters.replace(/ /g, ''));
}

function normalise(text: string): string {
  return despace(text.toUpperCase().replace(/\s+/g, ' ').trim())
    .replace(/\s*-+\s*ENTIRE (?:PARAGRAPH|TEXT)$/, '')
    .replace(/\s+ENTIRE (?:PARAGRAPH|TEXT)$/, '')
    .replace(/^\/+|\/+$/g, '')
    .trim();
}

interface Parts {
  noforn: boolean;
  rel: string[] | null;
  relUnknown: string[];
  controls: string[];
  unknown: string[];
}

/** Read one word or phrase of a non-REL block; false when it is not a marking term. */
function readTerm(term: string, parts: Parts, mode: Mode): boolean {
  if (noforn.has(term) || (mode === 'portion' && term === 'F')) {
    parts.noforn = true;
    return true;
  }
  if (indicators.has(term)) return true;
  if (term === 'SBU-NF' || term === 'SBU NF') {
    parts.controls.push('SBU');
    parts.noforn = true;
    return true;
  }
  const control = canonicalControl(term);
  if (control) {
    parts.controls.push(control);
    return true;
  }
  return false;
}

function readRel(list: string, parts: Parts): void {
  const { countries, unknown } = resolveRelList(list);
  parts.rel = [...(parts.rel ?? []), ...countries];
  parts.relUnknown.push(...unknown);
}

/** Read the blocks after the level; false when something is not a marking term. */
function readBlocks(rest: string, parts: Parts, mode: Mode): boolean {
  let inRel = false;
  for (const rawBlock of rest.split(/\/+/)) {
    const block = rawBlock.trim().replace(/^-+\s*|\s*-+$/g, '');
    if (!block) continue;
    const rel = relStart.exec(block);
    if (rel) {
      inRel = true;
      readRel(block.slice(rel[0].length), parts);
      continue;
    }
    if (readTerm(block, parts, mode)) {
      inRel = false;
      continue;
    }
    const words = block.split(/[\s,-]+/).filter(Boolean);
    const relAt = words.findIndex((w) => /^REL(?:EASABLE)?$/.test(w));
    const head = relAt < 0 ? words : words.slice(0, relAt);
    if (head.length > 0 && head.every((w) => readTerm(w, parts, mode))) {
      inRel = false;
      if (relAt >= 0) {
        inRel = true;
        readRel(words.slice(relAt + 1).join(' ').replace(/^TO\b\s*/, ''), parts);
      }
      continue;
    }
    if (mode === 'banner' && /\d|\bSECTION\b/.test(block)) {
      // a caption line's tail (`S E C R E T SECTION 01 OF 02 STATE 096222`): the marking ends here
      return true;
    }
    if (inRel) {
      // `REL TO NATO/AUS`: the list continues after a slash
      const before = parts.relUnknown.length;
      readRel(block, parts);
      if (parts.relUnknown.length === before) continue;
      parts.relUnknown.length = before;
    }
    if (mode === 'portion') return false;
    parts.unknown.push(block);
  }
  return true;
}

/*
 * Markings already read: the same few portion marks ("C", "S//NF", "SBU"), banners and caption
 * control lines ("NOFORN", "SIPDIS") recur in every cable, and reading one (normalising, splitting
 * its blocks) was a tenth of the parser's time.
 */
const portionMarkings = new Remembered((text) => parseMarking(text, 'portion'));
const bannerMarkings = new Remembered((text) => parseMarking(text, 'banner'));

/** A marking read through Remembered; every caller gets its own copy, free to change it. */
function readMarking(input: string, mode: Mode): Marking | null {
  const m = (mode === 'portion' ? portionMarkings : bannerMarkings).get(input);
  return m && copyMarking(m);
}

function copyMarking(m: Marking): Marking {
  return { text: m.text, level: m.level, noforn: m.noforn, relTo: [...m.relTo], controls: [...m.controls] };
}

function parseMarking(input: string, mode: Mode): Marking | null {
  const text = input.trim();
  const t = normalise(text);
  const m = levelPattern.exec(t);
  if (!m) return null;
  const word = levelWords[m[1]!.replace(/^TOPSECRET$/, 'TOP SECRET')];
  if (!word || (word.portionOnly && mode === 'banner')) return null;
  const rest = t.slice(m[0].length);
  // a portion mark must be the level alone or the level and a separator: `U.S.`, `UN` are text
  if (rest && !/^[\s/,-]/.test(rest)) return null;
  const parts: Parts = { noforn: m[2] === 'NF', rel: null, relUnknown: [], controls: [...(word.controls ?? [])], unknown: [] };
  if (!readBlocks(rest, parts, mode)) return null;
  const relTo = parts.rel === null ? [] : ['USA', ...[...new Set(parts.rel)].filter((c) => c !== 'USA').sort()];
  return {
    text,
    level: word.level,
    noforn: parts.noforn,
    relTo,
    // Unknown terms in a banner are kept as controls: unknown controls deny (see controls.ts)
    controls: sortControls([...parts.controls, ...parts.unknown]),
  };
}

/**
 * Parse the inside of a portion mark: `U`, `SBU`, `C`, `S//NF`, `S/NF`, `C NF`, `C/REL NATO`,
 * `SECRET/REL FRANCE`, `S//FGI//NF`, `S/REL TO USA, GBR`, `C//NOFORN`, `U//FOUO`.
 * Returns null when the text is not a marking (topic parentheses like `IRAN`, `U.S.`, `NOTE: …`).
 * @example parsePortionMarking('SECRET/REL FRANCE') // {level: 'S', noforn: false, relTo: ['USA', 'FRA'], controls: []}
 */
export function parsePortionMarking(inner: string): Marking | null {
  if (inner.length > 120) return null;
  return readMarking(inner, 'portion');
}

/**
 * Parse a banner, a metadata classification line or a caption classification line:
 * `SECRET//NOFORN`, `CONFIDENTIAL//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`,
 * `SECRET//REL TO USA, FRA`, `S E C R E T`, `UNCLAS`, `LIMITED OFFICIAL USE`.
 * Terms it does not know are kept as (access-restricting) controls rather than dropped.
 * Returns null when the text does not start with a classification.
 */
export function parseBanner(text: string): Marking | null {
  if (text.length > 400) return null;
  return readMarking(text, 'banner');
}

/**
 * Parse a caption control line below the classification line: `NOFORN`, `NODIS`, `EXDIS`,
 * `LIMDIS`, `STADIS`, `SENSITIVE`, `ORCON`, `E X D I S`, `NOFORN SIPDIS`. Returns the NOFORN flag
 * and the controls on the line, or null when the line is not a caption (SIPDIS alone gives
 * `{noforn: false, controls: [], sipdis: true}`).
 */
export function parseCaptionLine(line: string): { noforn: boolean; controls: string[]; sipdis: boolean } | null {
  const c = captionLines.get(line);
  return c && { noforn: c.noforn, controls: [...c.controls], sipdis: c.sipdis };
}

const captionLines = new Remembered(readCaptionLine);

function readCaptionLine(line: string): { noforn: boolean; controls: string[]; sipdis: boolean } | null {
  const t = normalise(line);
  if (!t || t.length > 80) return null;
  const parts: Parts = { noforn: false, rel: null, relUnknown: [], controls: [], unknown: [] };
  const words = t.split(/[\s,/]+/).filter(Boolean);
  if (!(readTerm(t, parts, 'banner') || words.every((w) => readTerm(w, parts, 'banner')))) return null;
  return { noforn: parts.noforn, controls: sortControls(parts.controls), sipdis: /\bSIPDIS\b/.test(t) };
}
