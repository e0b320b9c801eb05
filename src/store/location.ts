/** The archive location from --db, else TEARLINE_DB, else ./tearline.db. */
export function resolveDbLocation(flag: string | undefined): string {
  return flag ?? process.env.TEARLINE_DB ?? 'tearline.db';
}

/** The location as it may be printed: a PostgreSQL URL without its password. */
export function printableLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
