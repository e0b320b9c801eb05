/**
 * Deletion neighbourhoods (the SymSpell idea): a token and every string one deletion away. Two tokens
 * within one edit share a key, so typo candidates come from a lookup instead of a scan.
 */

/**
 * The token and its one-deletion variants (tokens shorter than `minLength` give only themselves).
 * @example deletionKeys('abc', 3) → ['abc', 'bc', 'ac', 'ab']
 */
export function deletionKeys(token: string, minLength = 4): string[] {
  const keys = [token];
  if (token.length < minLength) return keys;
  for (let i = 0; i < token.length; i++) {
    const k = token.slice(0, i) + token.slice(i + 1);
    if (k !== keys[keys.length - 1]) keys.push(k);
  }
  return keys;
}
