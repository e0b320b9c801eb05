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

/**
 * True when `a` and `b` share a key of deletionKeys (the scan equivalent of the deletion index):
 * equal, one is the other with one letter removed, or both with one letter removed are equal.
 * @example sharesDeletionKey('ghadir', 'ghdir') && sharesDeletionKey('abcd', 'abdc')
 */
export function sharesDeletionKey(a: string, b: string, minLength = 4): boolean {
  if (a === b) return true;
  if (a.length < minLength || b.length < minLength) {
    // short tokens only have themselves as key: they share a key with a longer one only by being its deletion
    if (a.length < minLength && b.length < minLength) return false;
  }
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la !== lb) {
    const [s, l] = la < lb ? [a, b] : [b, a];
    if (l.length < minLength) return false;
    let i = 0;
    while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
    return s.slice(i) === l.slice(i + 1);
  }
  if (la < minLength) return false;
  let i = 0;
  while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let j = la - 1;
  while (j > i && a.charCodeAt(j) === b.charCodeAt(j)) j--;
  // differences confined to [i, j]: deleting one letter from each must align the rest
  if (j === i) return true; // one substitution
  return a.slice(i + 1, j + 1) === b.slice(i, j) || a.slice(i, j) === b.slice(i + 1, j + 1);
}
