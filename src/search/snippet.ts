/**
 * Snippets of search hits, cut from the readable portion a hit shows, the same for both backends and
 * the way SQLite's FTS5 `snippet()` cuts them: a window of 16 words
 * scored 1000 per distinct query phrase in it and 1 per repeat, placed to centre its hits, or started
 * at a sentence start holding the first hit when that scores better (+100; +120 at the very start);
 * phrases highlighted whole between « and », an ellipsis where the portion goes on.
 */
import type { TextNode } from './plan.js';
import { isAscii, isAsciiWordChar, tokenize, words } from './words.js';

/** A query phrase to highlight in snippets: its words in order, the last one a prefix or not. */
export interface HighlightTerm {
  words: string[];
  prefix: boolean;
}

/** The phrases of the positive (not excluded) part of a text node, for highlighting. */
export function highlightTerms(n: TextNode): HighlightTerm[] {
  switch (n.type) {
    case 'term': return [{ words: words(n.value), prefix: n.prefix }];
    case 'phrase': return [{ words: words(n.value), prefix: false }];
    case 'not': return [];
    case 'and':
    case 'or': return n.children.flatMap(highlightTerms);
  }
}

export const snippetOpen = '«';
export const snippetClose = '»';
const ellipsis = '…';

/** One occurrence of a query phrase: its phrase and its first and last (exclusive) token. */
interface Hit {
  phrase: number;
  start: number;
  end: number;
}

/**
 * The words of a portion as spans. An ASCII text (most cables) is scanned once over its char codes,
 * its word characters being exactly the letters and digits, and no word is cut out of it: a token is
 * compared with a query word in place. Other texts go through the shared tokenizer (src/search/words.ts).
 */
interface Spans {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** the folded words, for a text that is not ASCII (null: fold in place, ASCII letters to lower case) */
  words: string[] | null;
}

function spansOf(text: string): Spans {
  if (!isAscii(text)) {
    const toks = tokenize(text);
    return { text, count: toks.length, starts: Int32Array.from(toks, (t) => t.start), ends: Int32Array.from(toks, (t) => t.end), words: toks.map((t) => t.word) };
  }
  const cap = (text.length >> 1) + 1;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let count = 0;
  for (let i = 0, n = text.length; i < n; ) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    starts[count] = i;
    while (i < n && isAsciiWordChar(text.charCodeAt(i))) i++;
    ends[count++] = i;
  }
  return { text, count, starts, ends, words: null };
}

/** Whether token i is the folded word `w` (or, with `prefix`, starts with it). */
function wordIs(s: Spans, i: number, w: string, prefix: boolean): boolean {
  if (s.words) return prefix ? s.words[i]!.startsWith(w) : s.words[i] === w;
  const at = s.starts[i]!;
  const len = s.ends[i]! - at;
  if (prefix ? len < w.length : len !== w.length) return false;
  for (let k = 0; k < w.length; k++) {
    let c = s.text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether the words of phrase `t` occur at token `i`. */
function phraseAt(s: Spans, i: number, t: HighlightTerm): boolean {
  const n = t.words.length;
  if (n === 0 || i + n > s.count) return false;
  for (let k = 0; k < n; k++) if (!wordIs(s, i + k, t.words[k]!, t.prefix && k === n - 1)) return false;
  return true;
}

function occurrences(s: Spans, terms: HighlightTerm[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < s.count; i++) {
    for (let phrase = 0; phrase < terms.length; phrase++) {
      if (phraseAt(s, i, terms[phrase]!)) hits.push({ phrase, start: i, end: i + terms[phrase]!.words.length });
    }
  }
  return hits;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Whether text[from, to) ends with `.` or `:` and then white space (space, tab, line ends). */
function endsSentence(text: string, from: number, to: number): boolean {
  let j = to - 1;
  if (j < from || !isBlank(text.charCodeAt(j))) return false;
  while (j >= from && isBlank(text.charCodeAt(j))) j--;
  return j >= from && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 58);
}

/** Token indexes that start a sentence: the first, and any after `.` or `:` and white space. */
function sentenceStarts(s: Spans): number[] {
  const starts = [0];
  for (let i = 1; i < s.count; i++) if (endsSentence(s.text, s.ends[i - 1]!, s.starts[i]!)) starts.push(i);
  return starts;
}

/** Score of the window [from, from + size) and where a window centred on its hits starts. */
function score(hits: Hit[], from: number, size: number, count: number): { score: number; centred: number } {
  const seen = new Set<number>();
  let total = 0;
  let first = -1;
  let last = 0;
  for (const h of hits) {
    if (h.start < from || h.start >= from + size) continue;
    total += seen.has(h.phrase) ? 1 : 1000;
    seen.add(h.phrase);
    if (first < 0) first = h.start;
    last = h.end;
  }
  let centred = first - Math.trunc((size - (last - first)) / 2);
  if (centred + size > count) centred = count - size;
  return { score: total, centred: Math.max(0, centred) };
}

function bestStart(toks: Spans, hits: Hit[], size: number): number {
  // sentence starts only matter when the portion is longer than the window
  const firsts = toks.count > size ? sentenceStarts(toks) : [0];
  let best = 0;
  let bestStart = 0;
  for (const h of hits) {
    const s = score(hits, h.start, size, toks.count);
    if (s.score > best) {
      best = s.score;
      bestStart = s.centred;
    }
    if (toks.count > size) {
      let j = 0;
      while (j < firsts.length - 1 && firsts[j + 1]! <= h.start) j++;
      if (firsts[j]! < h.start) {
        const bonus = score(hits, firsts[j]!, size, toks.count).score + (firsts[j] === 0 ? 120 : 100);
        if (bonus > best) {
          best = bonus;
          bestStart = firsts[j]!;
        }
      }
    }
  }
  return bestStart;
}

/**
 * A snippet of `text` around the query phrases `terms`, `size` words long.
 * @example highlightSnippet('The French firm sells infrared detectors. It is late.', [{words: ['infrared'], prefix: false}], 4) // '…firm sells «infrared» detectors…'
 */
export function highlightSnippet(text: string, terms: HighlightTerm[], size = 16): string {
  const toks = spansOf(text);
  if (toks.count === 0) return text.replace(/\s+/g, ' ').trim();
  const hits = occurrences(toks, terms);
  const start = bestStart(toks, hits, size);
  const end = Math.min(toks.count, start + size);
  const opens = new Set<number>();
  const closes = new Set<number>();
  let open = -1;
  let close = -1;
  for (const h of hits) {
    if (h.end <= start || h.start >= end) continue;
    if (h.start >= close) {
      if (open >= 0) { opens.add(open); closes.add(close - 1); }
      open = Math.max(h.start, start);
    }
    close = Math.max(close, Math.min(h.end, end));
  }
  if (open >= 0) { opens.add(open); closes.add(close - 1); }
  let out = start > 0 ? ellipsis : '';
  for (let i = start; i < end; i++) {
    if (i > start) out += text.slice(toks.ends[i - 1]!, toks.starts[i]!);
    out += (opens.has(i) ? snippetOpen : '') + text.slice(toks.starts[i]!, toks.ends[i]!) + (closes.has(i) ? snippetClose : '');
  }
  out += end >= toks.count ? text.slice(toks.ends[toks.count - 1]!) : ellipsis;
  return out.replace(/\s+/g, ' ').trim();
}

/** The opening words of a portion (when the query had no words to highlight). */
export function openingSnippet(text: string, maxWords = 32): string {
  const ws = text.replace(/\s+/g, ' ').trim().split(' ');
  return ws.length > maxWords ? ws.slice(0, maxWords).join(' ') + ellipsis : ws.join(' ');
}
