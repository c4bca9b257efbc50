// The two store engines every store-level test runs on: embedded (PGlite in a temp folder) and
// Postgres (a temp server), the latter skipped, with the reason printed once, where Postgres is
// not installed.
import { openStore } from "../src/store/open.js";
import type { Sql } from "../src/store/sql.js";
import { tempDir } from "./helpers.js";
import { POSTGRES_SKIP_REASON, postgresAvailable, startPostgres } from "./postgres-server.js";

export type Engine = "embedded" | "postgres";

export function storeEngines(): { engine: Engine; skip: boolean }[] {
  const hasPostgres = postgresAvailable();
  if (!hasPostgres) console.warn(POSTGRES_SKIP_REASON);
  return [
    { engine: "embedded", skip: false },
    { engine: "postgres", skip: !hasPostgres },
  ];
}

/** A new, empty store of `engine`, and how to close and remove it. */
export async function openTestStore(
  engine: Engine,
  label: string,
): Promise<{ sql: Sql; remove(): Promise<void> }> {
  if (engine === "postgres") {
    const server = await startPostgres();
    const sql = await openStore({ databaseUrl: server.url, dataFolder: "unused" });
    const remove = async () => {
      await sql.close();
      server.stop();
    };
    return { sql, remove };
  }
  const dir = tempDir(label);
  const sql = await openStore({ dataFolder: dir.path });
  const remove = async () => {
    await sql.close();
    dir.remove();
  };
  return { sql, remove };
}
