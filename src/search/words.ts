/**
 * The words of a text as the full-text index sees them, the same for both backends: SQLite's FTS5
 * `unicode61 remove_diacritics 2` tokenizer reads them so, and PostgreSQL's tsvectors are built from them
 * here rather than by a server text-search configuration (so it finds what SQLite finds, whatever the
 * server's locale); snippets are cut from them: a word is a run of letters, digits (and marks, which
 * are then dropped), case-folded, with Latin diacritics removed (`Économie` → `economie`). Everything
 * else separates words, so `6.A.2.a.3` is the five words `6 a 2 a 3` and a phrase of them matches it.
 */
import { execAll } from '../extract/text.js';

/** One word of a text: its folded form and where it is in the original. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const wordRun = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const ascii = /^[\x00-\x7f]*$/;

/** Whether a text is all ASCII: then its word characters are exactly `isAsciiWordChar`'s. */
export const isAscii = (text: string): boolean => ascii.test(text);
/** Whether char code c is an ASCII letter or digit: `wordRun` restricted to ASCII (it has no marks or private-use characters). */
export const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The folded form of one run of word characters ('' when it holds only marks). */
export function foldWord(run: string): string {
  const lower = run.toLowerCase();
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The words of a text, in order, with their spans in the original text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of execAll(wordRun, text)) {
    const word = foldWord(m[0]);
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of a text (for queries). */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

