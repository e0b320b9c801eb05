/**
 * How alike two folded tokens are, in [0, 1]: 1 when equal; the edit-distance ratio for typos
 * (one edit from 4 letters, two from 8; a little less for words of 5 letters or fewer); when the consonant skeletons agree (romanisation
 * alternates), both words have 4 letters or more, and the spellings are otherwise close (Jaro-Winkler ≥ 0.78, ≥ 0.85 for two-consonant
 * skeletons), up to 0.9; 0 below 0.7. Short tokens (≤ 2 letters) only match exactly.
 * Skeleton mode `off` compares spellings only (used for tokens written together); `loose` accepts
 * equal skeletons without the spelling check (for romanised consonantal scripts, where short vowels
 * are not written: محمد → mhmd).
 */
import { jaroWinkler, osaDistance } from './similarity.js';
import { romanisationClass } from './romanisation.js';

export const minTokenSimilarity = 0.68;

/**
 * @example tokenSimilarity('muhammad', 'mhmd', 'mohammad', 'mhmd') >= 0.88
 * @example tokenSimilarity('ghdir', 'ghdr', 'ghadir', 'ghdr') >= 0.83
 */
export type SkeletonMode = 'off' | 'checked' | 'loose';

export function tokenSimilarity(a: string, skelA: string, b: string, skelB: string, mode: SkeletonMode = 'checked'): number {
  if (a === b) return 1;
  const ca = romanisationClass(a);
  if (ca >= 0 && ca === romanisationClass(b)) return 0.92;
  const la = a.length;
  const lb = b.length;
  if (la <= 2 || lb <= 2) return 0;
  const L = Math.max(la, lb);
  const allowed = L >= 8 ? 2 : L >= 4 ? 1 : 0;
  let sim = 0;
  if (allowed > 0) {
    const d = osaDistance(a, b, allowed);
    if (d <= allowed) sim = 1 - d / L - (d > 0 && L <= 5 ? 0.06 : 0);
  }
  if (mode !== 'off' && sim < 0.9 && skelA.length >= 2 && skelA === skelB && (mode === 'loose' || Math.min(la, lb) >= 4)) {
    const jw = jaroWinkler(a, b);
    if (jw >= (skelA.length === 2 ? 0.85 : 0.78)) sim = Math.max(sim, Math.min(0.9, 0.45 + 0.5 * jw));
    else if (mode === 'loose') sim = Math.max(sim, skelA.length >= 3 ? 0.85 : 0.8);
  }
  return sim >= minTokenSimilarity ? sim : 0;
}
