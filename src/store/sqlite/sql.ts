/** A fragment of SQL with its positional parameters, composed in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

/** Join fragments with a separator, keeping parameters in order. */
export function joinSql(parts: Sql[], sep: string): Sql {
  return { sql: parts.map((p) => p.sql).join(sep), params: parts.flatMap((p) => p.params) };
}

/** Escape a value for LIKE … ESCAPE '\\'. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
