/**
 * A name as the matcher sees it: folded tokens with legal forms canonicalised, runs of initials
 * joined (`S A` → `sa`, `B.V.` → `bv`), each token with its consonant skeleton and its role.
 */
import { foldName } from './normalise.js';
import { canonicalLegalForms, isLegalForm, isParticle } from './legalForms.js';
import { skeleton } from './phonetic.js';

export type TokenRole = 'word' | 'legal' | 'particle';

export interface Token {
  text: string;
  skeleton: string;
  role: TokenRole;
  /** romanised from a script that leaves short vowels unwritten (Arabic, Persian): match skeletons loosely */
  loose?: boolean;
}

function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length === 1) out.push(run);
    else if (run) out.push(run);
    run = '';
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const single = w.length === 1 && /[a-z]/.test(w);
    const nextSingle = (words[i + 1] ?? '').length === 1;
    const prevSingle = (words[i - 1] ?? '').length === 1;
    if (single && (nextSingle || prevSingle)) run += w;
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out;
}

/**
 * The comparable words of a name: folded, initials joined, legal forms canonical.
 * @example nameWords('Acme Trading CO., LTD.') → ['acme','trading','co','ltd']
 */
export function nameWords(name: string): string[] {
  const folded = foldName(name);
  if (!folded) return [];
  return canonicalLegalForms(joinInitials(folded.split(' ')));
}

/** A word with its skeleton and role. */
export function toToken(text: string): Token {
  return { text, skeleton: skeleton(text), role: tokenRole(text) };
}

/** The role of a canonical word. */
export function tokenRole(text: string): TokenRole {
  return isLegalForm(text) ? 'legal' : isParticle(text) ? 'particle' : 'word';
}

/**
 * Tokenise a name.
 * @example nameTokens('Acme Trading CO., LTD.').map((t) => t.text) → ['acme','trading','co','ltd']
 */
export function nameTokens(name: string): Token[] {
  const tokens = nameWords(name).map(toToken);
  if (/[\u0600-\u06ff]/.test(name)) for (const t of tokens) t.loose = true;
  return tokens;
}
