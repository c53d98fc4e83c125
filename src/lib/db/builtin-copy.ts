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
 */
export function builtInCopy(db: AsyncDuckDB, conn: AsyncDuckDBConnection, pristine: Uint8Array) {
  // A number: duckdb-wasm sends a statement's parameters to its worker as JSON, which has no
  // BigInt; DuckDB's oids are small counters.
  let attachedOid: number | undefined;

  async function attach(): Promise<void> {
    await db.registerFileBuffer(builtInFile, pristine.slice());
    await conn.query(attachBuiltInSql);
    const [row] = (await holders()).filter((holder) => holder.name === builtInCatalog);
    attachedOid = row?.oid;
  }

  async function holders(): Promise<{ name: string; oid: number; ours: boolean }[]> {
    const statement = await conn.prepare(builtInHoldersSql);
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
