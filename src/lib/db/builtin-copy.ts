import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import builtInHoldersSql from '$lib/sql/builtin_holders.sql?raw';
import { quoteIdentifier } from '$lib/sql/identifiers';
import { attachBuiltInSql, builtInCatalog, builtInFile } from './registry';

/** The write-ahead log DuckDB keeps beside a database file it has attached for writing. */
const builtInLog = `${builtInFile}.wal`;

/**
 * The workbench's copy of the documents: the built-in database file, attached read-only as
 * `builtin`. A script may detach it, attach the file for writing, change it and attach it
 * read-only again; name, path and read-only flag then all look right. So the copy is known by
 * the oid DuckDB gave the workbench's own attachment, and after each script anything else under
 * that name or on that file is detached and the documents' bytes are attached afresh.
 *
 * It looks on a connection of its own, whose name resolution no script can change and which
 * names no catalogue a script may detach: on one that finds the built-in tables after the user's
 * (as the workbench's do), every statement fails to bind once `builtin` is detached, this
 * look included; and its SQL names DuckDB's own catalogue, since a macro the user creates in
 * `memory` comes before DuckDB's functions.
 */
export function builtInCopy(db: AsyncDuckDB, pristine: Uint8Array) {
  let own: Promise<AsyncDuckDBConnection> | undefined;
  const connection = () => (own ??= db.connect());
  // A number: duckdb-wasm sends a statement's parameters to its worker as JSON, which has no
  // BigInt; DuckDB's oids are small counters.
  let attachedOid: number | undefined;

  async function attach(): Promise<void> {
    await db.registerFileBuffer(builtInFile, pristine.slice());
    await (await connection()).query(attachBuiltInSql);
    const [row] = (await holders()).filter((holder) => holder.name === builtInCatalog);
    attachedOid = row?.oid;
  }

  async function holders(): Promise<{ name: string; oid: number; ours: boolean }[]> {
    const statement = await (await connection()).prepare(builtInHoldersSql);
    try {
      const rows = await statement.query(attachedOid ?? -1, builtInCatalog, builtInFile);
      return rows.toArray().map((row) => {
        const { name, oid, ours } = row.toJSON() as { name: string; oid: bigint; ours: boolean };
        return { name, oid: Number(oid), ours: ours === true };
      });
    } finally {
      await statement.close();
    }
  }

  return {
    attach,
    /** After a script: the documents' copy is `builtin` again, whatever the script did. */
    async keep(): Promise<void> {
      const found = await holders();
      if (found.length === 1 && found[0].ours) return;
      const conn = await connection();
      for (const { name } of found) await conn.query(`DETACH DATABASE ${quoteIdentifier(name)}`);
      // A copy attached for writing may have changed the file: it goes, and the documents' bytes
      // come back. Its log goes too: duckdb-wasm 1.32 leaves it empty (measured), but a log with
      // changes in it would be replayed by the read-only attachment.
      await db.dropFile(builtInFile).catch(() => {});
      await db.dropFile(builtInLog).catch(() => {});
      await attach();
    },
  };
}
