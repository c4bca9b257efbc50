/** The embedded store: PGlite (Postgres compiled to WebAssembly) keeping its files in one folder. */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type Sql, type SqlQueries, StoreError } from "./sql.js";

export async function openPglite(folder: string): Promise<Sql> {
  const where = resolve(folder);
  let db: PGlite;
  try {
    mkdirSync(where, { recursive: true, mode: 0o700 });
    db = await PGlite.create(`${where}/pgdata`);
  } catch (error) {
    throw new StoreError(
      `Cannot open the embedded store in ${where}: ${(error as Error).message ?? String(error)}`,
    );
  }
  const queries = (target: Pick<PGlite, "query">): SqlQueries => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(text, params as unknown[]);
      return result.rows;
    },
  });
  return {
    kind: "embedded",
    where,
    ...queries(db),
    transaction: (work) => db.transaction((tx) => work(queries(tx))),
    listen: (channel, onNotify) => db.listen(channel, onNotify),
    close: () => db.close(),
  };
}
