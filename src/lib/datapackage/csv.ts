/** One CSV record with the line it starts on (1-based, the header is line 1). */
export type CsvRecord = { line: number; values: string[] };

/** A parsed CSV file: its header and its data records. */
export type CsvTable = { header: string[]; records: CsvRecord[] };

/** A CSV that cannot be read, with where the reader gave up. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

/**
 * Reads RFC 4180 CSV (comma, double quote, `""` as an escaped quote, LF or CRLF) and keeps the
 * line each record starts on, so a problem can be named by line. Strict where a lenient reader
 * would guess: a quote inside an unquoted field or a quote left open is an error.
 */
export function parseCsv(text: string): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let line = 1;
  let column = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let fieldStart = true;

  const endRecord = () => {
    values.push(field);
    rows.push({ line: rowLine, values });
    values = [];
    field = '';
    fieldStart = true;
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
          column++;
        } else {
          quoted = false;
          const next = source[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new CsvSyntaxError('text after a closing quote', line, column + 1);
          }
        }
      } else {
        field += char;
        if (char === '\n') {
          line++;
          column = 0;
        }
      }
    } else if (char === '"') {
      if (!fieldStart) throw new CsvSyntaxError('a quote inside an unquoted field', line, column);
      quoted = true;
      quoteLine = line;
      quoteColumn = column;
      fieldStart = false;
    } else if (char === ',') {
      values.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      column = 0;
      rowLine = line;
    } else {
      field += char;
      fieldStart = false;
    }
    column++;
  }
  if (quoted) throw new CsvSyntaxError('a quote that is never closed', quoteLine, quoteColumn);
  if (field !== '' || values.length > 0) endRecord();

  const [head, ...records] = rows;
  return { header: head?.values ?? [], records };
}
