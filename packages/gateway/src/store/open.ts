/**
 * Opens the store the environment names: Postgres when `DATABASE_URL` is set, otherwise the
 * embedded PGlite store in `CALKIT_GATEWAY_DATA` (default `./.calkit-gateway`). Migrated on open.
 * `CALKIT_GATEWAY_SYNCHRONOUS_COMMIT=off` trades Postgres crash-durability of the last records for latency.
 */
import { migrate } from "./migrations.js";
import { openPglite } from "./pglite.js";
import { openPostgres } from "./postgres.js";
import { type Sql, StoreError } from "./sql.js";

export const DEFAULT_DATA_FOLDER = ".calkit-gateway";

export interface StoreLocation {
  /** Set: a Postgres server. */
  databaseUrl?: string;
  /** Otherwise: the embedded store's folder. */
  dataFolder: string;
  /** Postgres only: false turns synchronous_commit off (see PostgresOptions). */
  synchronousCommit?: boolean;
}

export function storeLocationFromEnv(env: NodeJS.ProcessEnv): StoreLocation {
  const databaseUrl = env.DATABASE_URL?.trim();
  const commit = env.CALKIT_GATEWAY_SYNCHRONOUS_COMMIT?.trim().toLowerCase();
  if (commit !== undefined && commit !== "" && commit !== "on" && commit !== "off")
    throw new StoreError('CALKIT_GATEWAY_SYNCHRONOUS_COMMIT must be "on" (the default) or "off".');
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataFolder: env.CALKIT_GATEWAY_DATA?.trim() || DEFAULT_DATA_FOLDER,
    ...(commit === "off" ? { synchronousCommit: false } : {}),
  };
}

export async function openStore(location: StoreLocation): Promise<Sql> {
  const sql = location.databaseUrl
    ? await openPostgres(location.databaseUrl, {
        ...(location.synchronousCommit === false ? { synchronousCommit: false } : {}),
      })
    : await openPglite(location.dataFolder);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => {});
    throw error;
  }
  return sql;
}
