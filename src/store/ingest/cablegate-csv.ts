/**
 * The Cablegate `cables.csv` layout: sequence, date, refid, origin, classification, references, header,
 * body (no header row). Each row becomes a cable text in the archive layout of the shared data folder
 * (id, created, an empty released line, classification, origin, blank line, header, blank line, body); that text is what the
 * archive stores as the cable's raw bytes.
 */

export interface CablegateRow {
  sequence: string;
  /** as written, e.g. `12/28/1966 18:48` */
  date: string;
  refid: string;
  origin: string;
  classification: string;
  references: string;
  header: string;
  body: string;
}

/** A CSV record as a CablegateRow, or null when it has too few columns. */
export function toCablegateRow(fields: string[]): CablegateRow | null {
  if (fields.length < 8) return null;
  const [sequence, date, refid, origin, classification, references, header, ...body] = fields as [string, string, string, string, string, string, string, ...string[]];
  return { sequence, date, refid, origin, classification, references, header, body: body.join(',') };
}

/** `12/28/1966 18:48` → `1966-12-28 18:48` (other forms are kept as written). */
export function cablegateDate(date: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(date.trim());
  if (!m) return date.trim();
  const time = m[4] ? ` ${m[4].padStart(2, '0')}:${m[5]}` : '';
  return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}${time}`;
}

/** The cable text for a row, in the archive layout. */
export function cablegateRowText(row: CablegateRow): string {
  return [row.refid.trim(), cablegateDate(row.date), '', row.classification.trim(), row.origin.trim(), '', row.header, '', row.body, ''].join('\n');
}
