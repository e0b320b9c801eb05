/**
 * How alike two folded tokens are, in [0, 1]: 1 when equal; the edit-distance ratio for typos
 * (one edit from 4 letters, two from 8); when the consonant skeletons agree (romanisation
 * alternates) and the spellings are otherwise close (Jaro-Winkler ≥ 0.78, ≥ 0.85 for two-consonant
 * skeletons), up to 0.9; 0 below 0.7. Short tokens (≤ 2 letters) only match exactly.
 * `skeletons: false` compares spellings only (used for tokens written together).
 */
import { jaroWinkler, osaDistance } from './similarity.js';

export const minTokenSimilarity = 0.7;

/**
 * @example tokenSimilarity('muhammad', 'mhmd', 'mohammad', 'mhmd') >= 0.88
 * @example tokenSimilarity('ghdir', 'ghdr', 'ghadir', 'ghdr') >= 0.83
 */
export function tokenSimilarity(a: string, skelA: string, b: string, skelB: string, skeletons = true): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la <= 2 || lb <= 2) return 0;
  const L = Math.max(la, lb);
  const allowed = L >= 8 ? 2 : L >= 4 ? 1 : 0;
  let sim = 0;
  if (allowed > 0) {
    const d = osaDistance(a, b, allowed);
    if (d <= allowed) sim = 1 - d / L;
  }
  if (skeletons && sim < 0.9 && skelA.length >= 2 && skelA === skelB) {
    const jw = jaroWinkler(a, b);
    if (jw >= (skelA.length === 2 ? 0.85 : 0.78)) sim = Math.max(sim, Math.min(0.9, 0.45 + 0.5 * jw));
  }
  return sim >= minTokenSimilarity ? sim : 0;
}
