/**
 * A consonant skeleton: a romanisation-tolerant key for one folded token. Vowels and the semi-vowels
 * w/y go, digraphs collapse (kh→k, gh→g, ph→f, sh→s, th→t, dh→d, zh→z, ch→c), x→ks, q/c/ck→k,
 * a final h goes, doubled letters collapse. Mohammad, Muhammed and Arabic-script محمد all give `mhmd`;
 * Aleksander and Alexander give `lksndr`; -skiy and -sky both end in `sk`.
 */

/**
 * @example skeleton('muhammad') === 'mhmd'
 * @example skeleton('fwwaz') === skeleton('fawaz')
 */
export function skeleton(token: string): string {
  let s = token
    .replace(/tch/g, 'c')
    .replace(/ch/g, 'c')
    .replace(/ck/g, 'k')
    .replace(/([kgpstdz])h/g, (_, c: string) => (c === 'p' ? 'f' : c))
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/c/g, 'k')
    .replace(/h+$/, '')
    .replace(/[aeiouyw]/g, '');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}
