/**
 * Sentence ranges in cable prose: enough to find one tasking sentence and its deadline words.
 * Abbreviations common in cables (U.S., Mr., para., No., e.g.) and initials do not end a sentence;
 * a `--` bullet starts a new one.
 */

import { execAll } from '../extract/text.js';

export interface TextRange {
  start: number;
  end: number;
}

const abbreviations = /(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Nos|para|paras|Para|Paras|e\.g|i\.e|etc|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Amb|Lt|Co|Ltd|Inc|Corp|Dept|approx|ref|Ref|REF)|\b[A-Z])\.$/;

/**
 * Split `text` into sentence ranges (offsets into `text`, whitespace trimmed).
 * @example splitSentences('Post is requested to act. Report by Friday.').length // 2
 */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const boundary = /([.!?])["'”’)]*(?=\s+[\s"'“‘(]*[A-Z0-9-])|\n\s*(?=--|-\s|\u2022)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] === '.' && abbreviations.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/**
 * Ranges of quoted products inside a text (talking points, non-papers, texts to deliver): their
 * "please" and "we ask" address the host government, not the post.
 */
export function quotedBlocks(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const m of execAll(quotedProduct, text)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of execAll(editorialBrackets, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Compiled once and run with exec (see execAll): quotedBlocks runs on every paragraph that may ask something. */
const quotedProduct = /\bBEGIN\s+(?:TEXT|(?:TALKING\s+POINTS|NON-?\s?PAPER|POINTS|AIDE[- ]MEMOIRE|DIPLOMATIC\s+NOTE|LETTER|NOTE|DEMARCHE|MESSAGE|QUESTIONS)(?:\s*\/\s*(?:NON-?\s?PAPER|TALKING\s+POINTS))?)\b[\s\S]*?(?:\bEND\s+(?:TEXT|TALKING\s+POINTS|NON-?\s?PAPER|POINTS|AIDE[- ]MEMOIRE|DIPLOMATIC\s+NOTE|LETTER|NOTE|DEMARCHE|MESSAGE|QUESTIONS)\b|$)/gi;
/** Editorial brackets: drafting placeholders, [sic], [text omitted]. */
const editorialBrackets = /\[[^\[\]]{0,2000}\]/g;

/** True when `range` lies inside one of `blocks`. */
export function insideAny(range: TextRange, blocks: readonly TextRange[]): boolean {
  return blocks.some((b) => range.start >= b.start && range.end <= b.end);
}
