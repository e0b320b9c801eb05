/**
 * How alike two folded tokens are, in [0, 1]: 1 when equal; the edit-distance ratio for typos
 * (one edit up to 5 letters, two from 8); at least 0.88 when the consonant skeletons agree
 * (romanisation alternates); 0 below 0.7. Short tokens (≤ 2 letters) only match exactly.
 */
import { osaDistance } from './similarity.js';

export const minTokenSimilarity = 0.7;

/**
 * @example tokenSimilarity('muhammad', 'mhmd', 'mohammad', 'mhmd') >= 0.88
 * @example tokenSimilarity('ghdir', 'ghdr', 'ghadir', 'ghdr') >= 0.83
 */
export function tokenSimilarity(a: string, skelA: string, b: string, skelB: string): number {
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
  if (skelA.length >= 2 && skelA === skelB) sim = Math.max(sim, 0.88);
  return sim >= minTokenSimilarity ? sim : 0;
}
