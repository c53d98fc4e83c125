import type { CsvTable } from './csv';

/** Where a figure must be found in its row's Chinese quote (see `quotes.ts`). */
export type InQuote = { quote: string; as?: 'number' | 'start' | 'end' };

/** A Table Schema field, with the Frictionless properties this project uses. */
export type Field = {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';
  title?: string;
  description?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
  /** Project extension: this text must appear verbatim in the seed named by field `doc`. */
  'x-verbatim'?: { doc: string; requiredForSeed?: boolean };
  /** Project extension: this value must appear in the quote held by another field. */
  'x-in-quote'?: InQuote;
};

export type ForeignKey = {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
};

export type TableSchema = {
  fields: Field[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
};

export type Resource = {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
  sources?: { title: string; path?: string }[];
};

export type DataPackage = { name: string; resources: Resource[] };

/** One problem found in the data, named by file, line and column where there is one. */
export type Problem = { file: string; line?: number; column?: string; message: string };

/** A problem as a person reads it: `missions.csv, line 4, column kind: ...`. */
export function formatProblem({ file, line, column, message }: Problem): string {
  const where = [file, line ? `line ${line}` : '', column ? `column ${column}` : '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${message}`;
}

/** A row of a table, by column name; `null` for a missing value. `__line` is its CSV line. */
export type Row = Record<string, string | null> & { __line: number };

/** A row from its CSV line and its values by column name. */
export function makeRow(line: number, values: Record<string, string | null>): Row {
  return Object.assign({}, values, { __line: line }) as Row;
}

/** The rows of a parsed CSV, with missing values (by default the empty string) as `null`. */
export function rowsOf(table: CsvTable, schema: TableSchema): Row[] {
  const missing = new Set(schema.missingValues ?? ['']);
  return table.records.map(({ line, values }) =>
    makeRow(
      line,
      Object.fromEntries(
        table.header.map((name, i) => [name, missing.has(values[i] ?? '') ? null : values[i]]),
      ),
    ),
  );
}

const asList = (names: string | string[]) => (Array.isArray(names) ? names : [names]);

function isoDay(value: string): string | undefined {
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

const typeChecks: Record<Field['type'], (value: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  // Date.parse would roll 30 February over to March: a real date survives the round trip.
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isoDay(v) === v,
  year: (v) => /^\d{4}$/.test(v),
};

/** The key of a row for the given columns, or undefined if any part is missing. */
function keyOf(row: Row, names: string[]): string | undefined {
  const parts = names.map((name) => row[name]);
  return parts.some((part) => part === null || part === undefined)
    ? undefined
    : JSON.stringify(parts);
}

/**
 * Checks one table against its schema: the header, each value's type and constraints, and the
 * primary key. Foreign keys need the other tables: see `checkForeignKeys`.
 */
export function checkTable(resource: Resource, table: CsvTable): Problem[] {
  const file = resource.path.split('/').pop() ?? resource.path;
  const problems: Problem[] = [];
  const { fields } = resource.schema;
  const expected = fields.map((field) => field.name);
  if (JSON.stringify(table.header) !== JSON.stringify(expected)) {
    return [
      {
        file,
        line: 1,
        message: `the header is ${table.header.join(',')} but the schema expects ${expected.join(',')}`,
      },
    ];
  }

  for (const { line, values } of table.records) {
    if (values.length !== fields.length) {
      problems.push({
        file,
        line,
        message: `${values.length} values where the header has ${fields.length} columns`,
      });
    }
  }

  const rows = rowsOf(table, resource.schema);
  for (const field of fields) {
    const c = field.constraints ?? {};
    const pattern = c.pattern ? new RegExp(`^(?:${c.pattern})$`) : undefined;
    const seen = new Map<string, number>();
    for (const row of rows) {
      const value = row[field.name];
      const at = { file, line: row.__line, column: field.name };
      if (value === null) {
        if (c.required) problems.push({ ...at, message: 'a value is required' });
        continue;
      }
      if (!typeChecks[field.type](value)) {
        problems.push({ ...at, message: `"${value}" is not a valid ${field.type}` });
        continue;
      }
      if (c.enum && !c.enum.includes(value)) {
        problems.push({ ...at, message: `"${value}" is not one of ${c.enum.join(', ')}` });
      }
      if (pattern && !pattern.test(value)) {
        problems.push({ ...at, message: `"${value}" does not match the pattern ${c.pattern}` });
      }
      if (c.minimum !== undefined && Number(value) < c.minimum) {
        problems.push({ ...at, message: `${value} is below the minimum ${c.minimum}` });
      }
      if (c.maximum !== undefined && Number(value) > c.maximum) {
        problems.push({ ...at, message: `${value} is above the maximum ${c.maximum}` });
      }
      if (c.unique) {
        const first = seen.get(value);
        if (first !== undefined) {
          problems.push({ ...at, message: `"${value}" repeats line ${first}; it must be unique` });
        } else seen.set(value, row.__line);
      }
    }
  }

  if (resource.schema.primaryKey) {
    const names = asList(resource.schema.primaryKey);
    const seen = new Map<string, number>();
    for (const row of rows) {
      const key = keyOf(row, names);
      const at = { file, line: row.__line, column: names.join(', ') };
      if (key === undefined) {
        problems.push({ ...at, message: 'the primary key has a missing part' });
      } else if (seen.has(key)) {
        problems.push({ ...at, message: `the primary key repeats line ${seen.get(key)}` });
      } else seen.set(key, row.__line);
    }
  }
  return problems;
}

/** Checks that every foreign key of every table finds its row in the table it references. */
export function checkForeignKeys(
  resources: Resource[],
  rowsByResource: Map<string, Row[]>,
): Problem[] {
  const problems: Problem[] = [];
  for (const resource of resources) {
    const file = resource.path.split('/').pop() ?? resource.path;
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const target = foreignKey.reference.resource || resource.name;
      const targetRows = rowsByResource.get(target);
      const from = asList(foreignKey.fields);
      if (!targetRows) {
        problems.push({ file, message: `a foreign key references "${target}", which is no table` });
        continue;
      }
      const keys = new Set(
        targetRows.map((row) => keyOf(row, asList(foreignKey.reference.fields))),
      );
      for (const row of rowsByResource.get(resource.name) ?? []) {
        const key = keyOf(row, from);
        if (key !== undefined && !keys.has(key)) {
          problems.push({
            file,
            line: row.__line,
            column: from.join(', '),
            message: `${from.map((name) => row[name]).join(', ')} is not in ${target}`,
          });
        }
      }
    }
  }
  return problems;
}
