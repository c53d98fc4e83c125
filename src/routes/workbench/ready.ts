import type { ViewQuery } from '$lib/db/result';
import { quoteIdentifier } from '$lib/sql/identifiers';

/**
 * The ready charts of recognised files, as SQL over the uploaded table. Column names come
 * from the file, so they are quoted; values are bound.
 */

/** SDG dimension columns are written in brackets: [Sex], [Units], [Nature]. */
export function sdgDimensions(columns: string[]): string[] {
  return columns.filter((name) => /^\[.+\]$/.test(name.trim()));
}

/** Per series: its dimension values with the most rows, so one value per area and year is shown. */
export function sdgSeriesSql(table: string): string {
  return `SELECT "SeriesCode" AS code, any_value("SeriesDescription") AS description, count(*)::INTEGER AS rows
    FROM ${quoteIdentifier(table)} GROUP BY 1 ORDER BY rows DESC, code`;
}

export function sdgDimensionChoiceSql(table: string, dimension: string): string {
  const column = quoteIdentifier(dimension);
  return `SELECT ${column}::VARCHAR AS value FROM ${quoteIdentifier(table)} WHERE "SeriesCode" = ?
    GROUP BY 1 ORDER BY count(*) DESC, 1 NULLS LAST LIMIT 1`;
}

/** The filter for one series and one value of each dimension: SQL and its parameters. */
function where(series: string, dimensions: { name: string; value: string | null }[]) {
  const parts = ['"SeriesCode" = ?'];
  const params: (string | null)[] = [series];
  for (const dimension of dimensions) {
    if (dimension.value === null) parts.push(`${quoteIdentifier(dimension.name)} IS NULL`);
    else {
      parts.push(`${quoteIdentifier(dimension.name)}::VARCHAR = ?`);
      params.push(dimension.value);
    }
  }
  return { sql: parts.join(' AND '), params };
}

/** Value by area for the latest year of the series (or `period`), with the area's M49 code. */
export function sdgByAreaQuery(
  table: string,
  series: string,
  dimensions: { name: string; value: string | null }[],
  period?: number,
): ViewQuery {
  const filter = where(series, dimensions);
  const source = quoteIdentifier(table);
  return {
    sql: `WITH chosen AS (SELECT * FROM ${source} WHERE ${filter.sql}),
      year AS (SELECT coalesce(?, max(TRY_CAST("TimePeriod" AS INTEGER))) AS period FROM chosen)
      SELECT lpad("GeoAreaCode"::VARCHAR, 3, '0') AS m49, any_value("GeoAreaName") AS area,
        avg(TRY_CAST("Value" AS DOUBLE)) AS value, any_value(year.period)::INTEGER AS period
      FROM chosen, year WHERE TRY_CAST("TimePeriod" AS INTEGER) = year.period
        AND TRY_CAST("Value" AS DOUBLE) IS NOT NULL
      GROUP BY 1 ORDER BY value DESC, area`,
    params: [...filter.params, period ?? null],
  };
}

/** Value by year for one area. */
export function sdgOverTimeQuery(
  table: string,
  series: string,
  dimensions: { name: string; value: string | null }[],
  area: string,
): ViewQuery {
  const filter = where(series, dimensions);
  return {
    sql: `SELECT TRY_CAST("TimePeriod" AS INTEGER) AS year, avg(TRY_CAST("Value" AS DOUBLE)) AS value
      FROM ${quoteIdentifier(table)} WHERE ${filter.sql} AND "GeoAreaName" = ?
        AND TRY_CAST("Value" AS DOUBLE) IS NOT NULL AND TRY_CAST("TimePeriod" AS INTEGER) IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
    params: [...filter.params, area],
  };
}

/** Areas of a series with the most years, for the area picker (most years first). */
export function sdgAreasQuery(table: string, series: string): ViewQuery {
  return {
    sql: `SELECT "GeoAreaName" AS area, count(DISTINCT "TimePeriod")::INTEGER AS years
      FROM ${quoteIdentifier(table)} WHERE "SeriesCode" = ? GROUP BY 1 ORDER BY years DESC, area`,
    params: [series],
  };
}

/**
 * SIPRI trade register: the volume of deliveries by supplier, in SIPRI trend-indicator
 * values, or the number of deals when the file has no TIV column.
 */
export function sipriBySupplierSql(
  table: string,
  columns: string[],
): { sql: string; measure: string } {
  const tiv =
    columns.find((name) => /tiv.*deliver/i.test(name)) ?? columns.find((name) => /tiv/i.test(name));
  const column = tiv ? quoteIdentifier(tiv) : '';
  const measure = tiv ? `sum(TRY_CAST(${column} AS DOUBLE))` : 'count(*)';
  // Over the whole table, before LIMIT: the TIV values written, and those that are numbers (a
  // spreadsheet's re-save can leave `12;;;;` in the last column, which no chart should hide).
  const given = tiv
    ? `count(*) FILTER (WHERE nullif(trim(${column}::VARCHAR), '') IS NOT NULL AND trim(${column}::VARCHAR) <> '?')`
    : 'count(*)';
  const numbers = tiv ? `count(TRY_CAST(${column} AS DOUBLE))` : 'count(*)';
  return {
    sql: `SELECT "Supplier" AS supplier, ${measure}::DOUBLE AS value, count(*)::INTEGER AS deals,
        (sum(${given}) OVER ())::INTEGER AS given, (sum(${numbers}) OVER ())::INTEGER AS numbers
      FROM ${quoteIdentifier(table)} WHERE "Supplier" IS NOT NULL GROUP BY 1 ORDER BY value DESC, supplier LIMIT 15`,
    measure: tiv ?? '',
  };
}
