/**
 * Transliteration of non-Latin scripts into plain Latin, close to how sanctions lists romanise:
 * Cyrillic (BGN/PCGN-like, Russian and Ukrainian letters), Greek, Arabic and Persian (consonantal,
 * long vowels as a/i/u, `ال` split off as `al`). Scripts without a table here (CJK ideographs, Hangul,
 * Devanagari, Thai) are left as they are — no list we hold writes names in them, and a guessed
 * romanisation raised false hits (Korean 김 → Kim);
 * the tokenizer drops what it cannot read, so such a query finds nothing rather than something wrong.
 */

const cyrillic: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj',
  ћ: 'c', ђ: 'dj', џ: 'dz', ѕ: 'dz', ќ: 'k', ѓ: 'g',
};

const greek: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Arabic and Persian letters; و and ي are handled by position (consonant at word start, vowel inside). */
const arabic: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': '', 'ئ': '', 'ب': 'b', 'ت': 't', 'ث': 'th',
  'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd',
  'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'ة': 'a', 'ى': 'a', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ڤ': 'v', 'ۀ': 'a', 'ە': 'a',
};
const arabicW = new Set(['و']);
const arabicY = new Set(['ي', 'ی', 'ې']);

function isArabicLetter(c: string | undefined): boolean {
  return c !== undefined && /[\u0620-\u064a\u0671-\u06d3]/.test(c);
}

function arabicWord(word: string): string {
  let w = word.replace(/[\u064b-\u065f\u0670\u0640]/g, ''); // harakat, tatweel
  let prefix = '';
  if (w.length > 3 && w.startsWith('ال')) {
    prefix = 'al ';
    w = w.slice(2);
  } else if (w.length > 5 && w.startsWith('عبدال')) {
    prefix = 'abd al ';
    w = w.slice(5);
  }
  let out = '';
  const chars = [...w];
  chars.forEach((c, i) => {
    if (arabicW.has(c)) out += i === 0 ? 'w' : 'u';
    else if (arabicY.has(c)) out += i === 0 ? 'y' : 'i';
    else if (c === 'ّ') out += out.at(-1) ?? '';
    else out += arabic[c] ?? c;
  });
  return prefix + out;
}

/**
 * Romanise every character of a known non-Latin script; other characters pass through.
 * @example transliterate('Михайло Шаповал') === 'Mikhaylo Shapoval'
 * @example transliterate('محمد') === 'mhmd'
 */
export function transliterate(input: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]*$/.test(input)) return input;
  let out = '';
  let arabicRun = '';
  const flush = () => {
    if (arabicRun) out += arabicRun.split(/\s+/).map(arabicWord).join(' ');
    arabicRun = '';
  };
  for (const c of input) {
    if (isArabicLetter(c) || (arabicRun && /[\u064b-\u065f\u0670\u0640]/.test(c))) {
      arabicRun += c;
      continue;
    }
    flush();
    const lower = c.toLowerCase();
    const upper = c !== lower;
    const cy = cyrillic[lower] ?? greek[lower];
    if (cy !== undefined) out += upper && cy ? cy[0]!.toUpperCase() + cy.slice(1) : cy;
    else out += c;
  }
  flush();
  return out;
}
