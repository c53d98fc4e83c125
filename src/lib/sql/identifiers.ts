/** Quotes a name for use as an SQL identifier ("my ""table"""). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a value as an SQL string literal, for the few places that cannot bind a parameter (file names in read_csv). */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
