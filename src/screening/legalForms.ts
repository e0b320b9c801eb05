import { osaDistance } from './similarity.js';

/**
 * Legal forms and name particles. Each legal form maps to one canonical token so that
 * `CO., LTD.` ≈ `COMPANY LIMITED` and `LLC` ≈ `LIMITED LIABILITY COMPANY`; both carry little weight.
 */

/** Multi-word forms, matched on token sequences (after folding), longest first. */
const phrases: [string[], string][] = [
  [['limited', 'liability', 'company'], 'llc'],
  [['limited', 'liability', 'partnership'], 'llp'],
  [['public', 'joint', 'stock', 'company'], 'pjsc'],
  [['open', 'joint', 'stock', 'company'], 'ojsc'],
  [['closed', 'joint', 'stock', 'company'], 'cjsc'],
  [['joint', 'stock', 'company'], 'jsc'],
  [['public', 'joint', 'stock'], 'pjsc'],
  [['open', 'joint', 'stock'], 'ojsc'],
  [['closed', 'joint', 'stock'], 'cjsc'],
  [['joint', 'stock'], 'jsc'],
  [['public', 'limited', 'company'], 'plc'],
  [['obshchestvo', 's', 'ogranichennoi', 'otvetstvennostyu'], 'ooo'],
  [['obshchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'], 'ooo'],
  [['aktsionernoe', 'obshchestvo'], 'ao'],
  [['sociedad', 'anonima'], 'sa'],
  [['societe', 'anonyme'], 'sa'],
  [['private', 'limited'], 'pvt ltd'],
];

const phraseStarts = new Set(phrases.map(([p]) => p[0]!));

/** Single-token synonyms → canonical. */
const single: Record<string, string> = {
  co: 'co', company: 'co', companies: 'co', compania: 'co', cia: 'co', ltd: 'ltd', limited: 'ltd', ltda: 'ltd',
  inc: 'inc', incorporated: 'inc', corp: 'corp', corporation: 'corp', llc: 'llc', llp: 'llp', plc: 'plc',
  jsc: 'jsc', ojsc: 'ojsc', cjsc: 'cjsc', pjsc: 'pjsc', pao: 'pjsc', oao: 'ojsc', zao: 'cjsc', ooo: 'ooo', ao: 'ao',
  sa: 'sa', sas: 'sas', sarl: 'sarl', srl: 'srl', spa: 'spa', gmbh: 'gmbh', ag: 'ag', kg: 'kg', bv: 'bv', nv: 'nv',
  pty: 'pty', pvt: 'pvt', pte: 'pte', sdn: 'sdn', bhd: 'bhd', fze: 'fze', fzco: 'fzco', fzc: 'fzc', fzllc: 'fzllc',
  est: 'est', establishment: 'est', tov: 'tov', dooel: 'dooel', doo: 'doo', ad: 'ad', as: 'as', ab: 'ab', oy: 'oy',
  sl: 'sl', cv: 'cv', de: 'de',
};
const notLegal = new Set(['de', 'as', 'ad', 'sl', 'cv']);

const legalCanon = new Set(Object.entries(single).filter(([k]) => !notLegal.has(k)).map(([, v]) => v).concat(['pvt ltd']));

/** Particles of personal and Arabic names and joining words: they count, but little. */
const particles = new Set([
  'al', 'el', 'ul', 'bin', 'ben', 'ibn', 'bint', 'binti', 'abu', 'abou', 'abo', 'umm', 'de', 'da', 'del', 'della', 'di',
  'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'y', 'e', 'and', 'of', 'the', 'for', 'und', 'et',
]);

/** Legal-form words written together. */
const joinedForms: Record<string, string[]> = {
  jointstock: ['joint', 'stock'],
  openjoint: ['open', 'joint'],
  limitedliability: ['limited', 'liability'],
};

/** Words of legal forms long enough to be recognised with one typo (`CODPORATION`, `LIMTED`). */
const typoTolerant = ['company', 'limited', 'corporation', 'incorporated', 'establishment'];

/** Equal, or one edit apart for words of five letters or more. */
function wordMatches(word: string, form: string): boolean {
  if (word === form) return true;
  if (form.length < 5 || Math.abs(word.length - form.length) > 1) return false;
  return osaDistance(word, form, 1) <= 1;
}

/**
 * Replace legal-form words and phrases with canonical tokens (one typo tolerated in long words).
 * @example canonicalLegalForms(['acme','company','limited']) → ['acme','co','ltd']
 */
export function canonicalLegalForms(words: readonly string[]): string[] {
  const tokens = words.some((w) => w in joinedForms) ? words.flatMap((w) => joinedForms[w] ?? [w]) : words;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    if (phraseStarts.has(tokens[i]!)) for (const [phrase, canon] of phrases) {
      if (phrase.every((p, k) => tokens[i + k] !== undefined && wordMatches(tokens[i + k]!, p))) {
        out.push(...canon.split(' '));
        i += phrase.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const t = tokens[i]!;
    const typo = t.length >= 6 && !(t in single) ? typoTolerant.find((f) => wordMatches(t, f)) : undefined;
    out.push(notLegal.has(t) ? t : single[typo ?? t] ?? t);
    i++;
  }
  return out;
}

/** True for a canonical legal-form token (`co`, `ltd`, `llc`, …). */
export function isLegalForm(token: string): boolean {
  return legalCanon.has(token);
}

/** True for a name particle (`al`, `bin`, `de`, `of`, …). */
export function isParticle(token: string): boolean {
  return particles.has(token);
}
