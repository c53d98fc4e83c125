import type { Row } from '$lib/db/rows';
import { toCsv, toShownCsv, withoutLayoutMarks } from './csv';
import { dataResource, type DownloadMetadata } from './metadata';
import { zipFiles } from './zip';

/** The licence of the dashboard's data, as data/datapackage.json states it. */
export const DATA_LICENSES = [
  {
    name: 'ODbL-1.0',
    title:
      'Open Data Commons Open Database License (country codes and regional groups derive from mledoze/countries)',
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
];

/** The words of a bundle's README and data package, in the page's language. */
export type BundleTexts = {
  /** How to cite the download, already filled in (site, title, address, date). */
  citation: string;
  cite: string;
  files: string;
  tableFile: string;
  dataFile: string;
  packageFile: string;
  sources: string;
  caveats: string;
  licence: string;
  licenceText: string;
  computed: string;
  computedText: string;
  params: string;
};

/** The name of the as-shown CSV of a download named `name`. */
export const tableFileName = (name: string) => `${name}-table.csv`;

/**
 * A Frictionless Data Package of a chart's two CSV files: the full data (`{name}.csv`, typed,
 * with the SQL that computed it) and the table as shown (`{name}-table.csv`, labelled columns).
 */
export function dataPackage(
  meta: DownloadMetadata,
  rows: Row[],
  created: Date,
  texts: BundleTexts,
) {
  const data = dataResource(meta, created, rows);
  return {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    ...(meta.language ? { language: meta.language } : {}),
    created: created.toISOString(),
    licenses: DATA_LICENSES,
    sources: data.sources,
    resources: [
      data,
      {
        profile: 'tabular-data-resource',
        name: `${meta.name}-table`,
        path: tableFileName(meta.name),
        title: meta.title,
        description: texts.tableFile,
        format: 'csv',
        encoding: 'utf-8-sig',
        rows: meta.rows,
        schema: {
          fields: meta.columns.map(({ title, description }) => ({
            name: title,
            type: 'string',
            ...(description ? { description } : {}),
          })),
        },
      },
    ],
  };
}

/** The README of a bundle, in Markdown: title, citation, files, sources, caveats, licence, SQL. */
export function readme(meta: DownloadMetadata, texts: BundleTexts): string {
  const lines = [`# ${meta.title}`, ''];
  if (meta.description) lines.push(meta.description, '');
  lines.push(`## ${texts.cite}`, '', texts.citation, '');
  lines.push(
    `## ${texts.files}`,
    '',
    `- \`${tableFileName(meta.name)}\`: ${texts.tableFile}`,
    `- \`${meta.name}.csv\`: ${texts.dataFile}`,
    `- \`datapackage.json\`: ${texts.packageFile}`,
    '',
  );
  lines.push(`## ${texts.sources}`, '');
  for (const { citation, quotes } of meta.sources) {
    lines.push(`- ${citation}`);
    for (const quote of quotes) {
      lines.push(`  > ${quote.zh}${quote.en ? ` (${quote.en})` : ''}`);
    }
  }
  lines.push('');
  if (meta.notes.length > 0) {
    lines.push(`## ${texts.caveats}`, '', ...meta.notes.map((note) => `- ${note}`), '');
  }
  lines.push(`## ${texts.licence}`, '', texts.licenceText, '');
  lines.push(`## ${texts.computed}`, '', texts.computedText, '', '```sql', meta.sql.trim(), '```');
  if (meta.params.length > 0) lines.push('', `${texts.params}: \`${JSON.stringify(meta.params)}\``);
  return withoutLayoutMarks(lines.join('\n')) + '\n';
}

/**
 * A chart's zip bundle, as Our World in Data gives one: the table as shown, the full data, a
 * data package describing both and a README saying what it is, how to cite it and where each
 * figure came from.
 */
export function chartBundle(
  meta: DownloadMetadata,
  rows: Row[],
  created: Date,
  texts: BundleTexts,
): Uint8Array<ArrayBuffer> {
  return zipFiles(
    [
      { name: 'README.md', data: readme(meta, texts) },
      { name: tableFileName(meta.name), data: toShownCsv(rows, meta.columns) },
      { name: `${meta.name}.csv`, data: toCsv(rows, meta.columns) },
      {
        name: 'datapackage.json',
        data:
          withoutLayoutMarks(JSON.stringify(dataPackage(meta, rows, created, texts), null, 2)) +
          '\n',
      },
    ],
    created,
  );
}
