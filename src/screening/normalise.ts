/**
 * Folding a name to comparable plain text: non-Latin scripts romanised, diacritics stripped,
 * case folded, dotted initials joined (`G.L.G. S.A.` = `GLG SA`), apostrophes dropped (`QA'IDA` = `QAIDA`), `&` read as `and`, other punctuation a space.
 */
import { transliterate } from './transliterate.js';

const special: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ŀ: 'l', ħ: 'h',
};

/**
 * Fold a name to lower-case ASCII words separated by single spaces.
 * @example foldName("AL-QA'IDA  in Égypte & Co.") === 'al qaida in egypte and co'
 */
export function foldName(name: string): string {
  return transliterate(name)
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, '') + ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþŀħ]/g, (c) => special[c] ?? c)
    .replace(/[’‘'`´ʼʻ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
