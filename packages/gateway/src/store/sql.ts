/**
 * The one SQL surface the store needs, over either engine: the embedded PGlite (a folder, zero
 * setup) or a Postgres server (`DATABASE_URL`). Both run the same statements with `$1` parameters;
 * values that could differ between the two drivers (int8, json) are stored and read as text.
 */
export interface SqlQueries {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Sql extends SqlQueries {
  /** "embedded" (PGlite in a folder) or "postgres". */
  readonly kind: "embedded" | "postgres";
  /** Where it lives, without credentials: the folder, or host:port/database. */
  readonly where: string;
  /** Calls `onNotify` for each NOTIFY on `channel` (from any process sharing the store); resolves with a stop function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store could not be opened or used; the message names the store but never its password. */
export class StoreError extends Error {
  override readonly name = "StoreError";
}
