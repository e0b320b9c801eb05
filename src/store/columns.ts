/**
 * Column encodings both backends share.
 */

/** A list as one column, `|A|B|` ('' when empty): a member is found with LIKE '%|A|%'. */
export function listColumn(items: readonly string[]): string {
  return items.length ? `|${items.join('|')}|` : '';
}
