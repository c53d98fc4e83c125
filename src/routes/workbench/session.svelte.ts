import { workbenchReady } from '$lib/db/query';
import {
  cancelQuery,
  catalogueTables,
  LinkRefused,
  QueryCancelled,
  readFunctionsAhead,
  runScript,
  StatementError,
  streamStatement,
  type CatalogueTable,
  type WorkbenchResult,
} from '$lib/db/workbench';
import { arrowToCsv, arrowToParquet, type ArrowSource } from '$lib/download/arrow';
import { saveBlob } from '$lib/download/image';
import { visibleMessage, visibleText } from '$lib/i18n/hidden';
import { t } from '$lib/i18n/messages';
import { quoteIdentifier } from '$lib/sql/identifiers';
import { describeError, lineAndColumn } from '$lib/sql/script';
import { defaultChart, describeColumns, type ChartSpec, type ResultColumn } from './chart';
import { addToHistory, readHistory, writeHistory, type HistoryEntry } from './history';
import { readShareHash, shareHash } from './share';
import { uploads } from '$lib/upload/uploads.svelte';

/** A result on screen, with the script text that made it (for the chart's caption). */
export type ShownResult = WorkbenchResult & { sql: string };
/**
 * What a run's failure says: `lang` 'en' for DuckDB's own message (or another error's), which
 * is in English whatever the page's language; none for the site's own words, in the page's.
 */
export type RunError = { message: string; place?: string; lang?: 'en' };
export type ExportKind = 'csv' | 'parquet';

/**
 * The workbench as the user left it: the script, the catalogue, the last result and chart,
 * the history and a share link; and what can be done with them (run, cancel, share, export).
 * The panels read and change it; the page only composes them.
 */
export class WorkbenchSession {
  ready = $state(false);
  startError = $state('');
  catalogue = $state<CatalogueTable[]>([]);
  script = $state('SELECT * FROM register_reporting LIMIT 100');
  running = $state(false);
  result = $state.raw<ShownResult | undefined>();
  runError = $state<RunError | undefined>();
  notice = $state('');
  spec = $state<ChartSpec | undefined>();
  history = $state<HistoryEntry[]>([]);
  /**
   * Whether the editor's script came from a share link: then it runs only if DuckDB's plan shows
   * it reads, whatever is edited in it, until the user makes it their own (`ownScript`) or puts
   * their own script in its place (a table's query, one from the history).
   */
  fromLink = $state(false);
  /** Whether the link's script has run (its notice no longer says it has not). */
  linkRan = $state(false);
  shareUrl = $state('');
  exporting = $state<ExportKind | ''>('');
  /** The editor, to put the cursor on an error. */
  editor = $state.raw<{ placeCursor(at: number): void } | undefined>();
  #pendingChart: ChartSpec | undefined;

  /** Table name → column names, for the editor's completion. */
  readonly schema = $derived(
    Object.fromEntries(
      this.catalogue.map((table) => [table.name, table.columns.map((column) => column.name)]),
    ),
  );
  readonly columns = $derived(this.result ? describeColumns(this.result.table) : []);
  /** Whether an export runs the statement again (a result cut at the page's limit). */
  readonly exportStreams = $derived(!!this.result && !this.result.complete && !!this.result.rerun);
  /** A query runs, or an export streams one: Cancel stops it. */
  readonly cancellable = $derived(this.running || (this.exporting !== '' && this.exportStreams));

  /** Reads the history and a share link, then starts DuckDB and restores kept uploads. */
  start(): void {
    this.history = readHistory(localStorage);
    const shared = readShareHash(location.hash);
    if (shared) {
      this.script = shared.sql;
      this.fromLink = true;
      this.#pendingChart = shared.chart;
    }
    void uploads.announce();
    workbenchReady()
      .then(async () => {
        this.ready = true;
        await uploads.restore();
        if (this.fromLink) await readFunctionsAhead().catch(() => {});
      })
      .catch((error: unknown) => (this.startError = String(error)));
  }

  /** Reads the catalogue again (after an upload was added or removed). */
  refreshCatalogue(): void {
    if (!this.ready) return;
    catalogueTables()
      .then((tables) => this.#setCatalogue(tables))
      .catch(() => {});
  }

  // An unchanged catalogue is not set again: the editor would reconfigure its completion and
  // close a completion list the user has open.
  #setCatalogue(tables: CatalogueTable[]) {
    if (JSON.stringify(tables) !== JSON.stringify(this.catalogue)) this.catalogue = tables;
  }

  /** Runs `text` (the script, or the selected part of it). A link's script runs only if it reads. */
  async run(text: string): Promise<void> {
    if (this.running) return;
    this.runError = undefined;
    this.notice = '';
    this.running = true;
    try {
      const done = await runScript(text, { fromLink: this.fromLink });
      this.result = { ...done, sql: text };
      // The columns the panels read: described once, from the first 200 rows of each.
      this.#chooseChart(this.columns);
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never changed
      this.history = addToHistory(this.history, text, new Date());
      writeHistory(localStorage, this.history);
      if (this.fromLink) this.linkRan = true;
      // A statement that is more than a read may have created or dropped a table.
      if (done.mayHaveWritten) this.#setCatalogue(await catalogueTables());
    } catch (error) {
      this.#showError(error, text);
    } finally {
      this.running = false;
    }
  }

  /** Keeps the chart the user (or a link) chose while it fits the result's columns. */
  #chooseChart(described: ResultColumn[]) {
    const wanted = this.#pendingChart ?? this.spec;
    this.#pendingChart = undefined;
    const fits =
      wanted &&
      described.some((column) => column.name === wanted.x) &&
      described.some((column) => column.name === wanted.y);
    this.spec = fits ? wanted : defaultChart(described);
  }

  #showError(error: unknown, text: string) {
    // The place in the editor: where the run text starts, then the statement, then the error.
    const base = Math.max(0, this.script.indexOf(text));
    if (error instanceof QueryCancelled) this.notice = t('workbench.cancelled');
    else if (error instanceof LinkRefused) {
      const { effect, word, offset } = error.problem;
      const place = lineAndColumn(this.script, base + offset);
      // The words of the link's SQL, with any hidden character written out (hidden.ts).
      const where = { word: visibleText(word), line: place.line, column: place.column };
      this.runError = {
        message:
          effect === 'unread'
            ? t('workbench.linkUnread', where)
            : effect === 'bidiControl'
              ? t('workbench.linkBidi', where)
              : t('workbench.linkRefused', { ...where, what: t(`workbench.effect.${effect}`) }),
      };
      this.editor?.placeCursor(base + offset);
    } else if (error instanceof StatementError) {
      const described = describeError(error.message, error.statement);
      const at =
        described.offset === undefined ? undefined : base + error.offset + described.offset;
      const place = at === undefined ? undefined : lineAndColumn(this.script, at);
      this.runError = {
        // DuckDB quotes names as they are: their hidden characters are written out; its own
        // line breaks stay breaks, which the <pre> shows.
        message: visibleMessage(described.message),
        lang: 'en',
        place: place && t('workbench.errorPlace', { line: place.line, column: place.column }),
      };
      if (at !== undefined) this.editor?.placeCursor(at);
    } else {
      this.runError = {
        message: error instanceof Error ? error.message : String(error),
        lang: 'en',
      };
    }
  }

  cancel(): void {
    void cancelQuery();
  }

  share(): void {
    this.shareUrl = `${location.origin}${location.pathname}${shareHash({ sql: this.script, chart: this.spec })}`;
    navigator.clipboard?.writeText(this.shareUrl).catch(() => {});
  }

  /**
   * Saves the result as a file. A result cut at the page's limit is run again and streamed
   * into the file part by part, so the file holds all of it.
   */
  async exportResult(kind: ExportKind): Promise<void> {
    const result = this.result;
    if (!result || this.exporting || this.running) return;
    this.exporting = kind;
    this.runError = undefined;
    this.notice = '';
    try {
      const rerun = result.rerun;
      const source: ArrowSource | typeof result.table =
        this.exportStreams && rerun ? (write) => streamStatement(rerun, write) : result.table;
      const blob = kind === 'csv' ? await arrowToCsv(source) : await arrowToParquet(source);
      await saveBlob(blob, `result.${kind}`);
    } catch (error) {
      if (error instanceof QueryCancelled) this.notice = t('workbench.exportCancelled');
      else this.runError = { message: t('workbench.exportFailed', { message: String(error) }) };
    } finally {
      this.exporting = '';
    }
  }

  /** The user's explicit word that the link's script is now theirs: it runs like typed SQL. */
  ownScript(): void {
    this.fromLink = false;
    this.linkRan = false;
    this.runError = undefined;
    this.notice = t('workbench.ownQueryDone');
  }

  /** Puts the user's own script in the editor in place of whatever was there (a link's too). */
  replaceScript(text: string): void {
    this.script = text;
    this.fromLink = false;
    this.linkRan = false;
  }

  /** Puts a query of the whole table in the editor. */
  querySelect(table: string): void {
    this.replaceScript(`SELECT * FROM ${quoteIdentifier(table)} LIMIT 100`);
  }
}
