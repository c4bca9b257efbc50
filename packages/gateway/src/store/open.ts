/**
 * Opens the store the environment names: Postgres when `DATABASE_URL` is set, otherwise the
 * embedded PGlite store in `CALKIT_GATEWAY_DATA` (default `./.calkit-gateway`). Migrated on open.
 */
import { migrate } from "./migrations.js";
import { openPglite } from "./pglite.js";
import { openPostgres } from "./postgres.js";
import type { Sql } from "./sql.js";

export const DEFAULT_DATA_FOLDER = ".calkit-gateway";

export interface StoreLocation {
  /** Set: a Postgres server. */
  databaseUrl?: string;
  /** Otherwise: the embedded store's folder. */
  dataFolder: string;
}

export function storeLocationFromEnv(env: NodeJS.ProcessEnv): StoreLocation {
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataFolder: env.CALKIT_GATEWAY_DATA?.trim() || DEFAULT_DATA_FOLDER,
  };
}

export async function openStore(location: StoreLocation): Promise<Sql> {
  const sql = location.databaseUrl
    ? await openPostgres(location.databaseUrl)
    : await openPglite(location.dataFolder);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => {});
    throw error;
  }
  return sql;
}
