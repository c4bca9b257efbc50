/** A Postgres server named by `DATABASE_URL` (postgres.js; the same statements as the embedded store). */
import postgres from "postgres";
import { type Sql, type SqlQueries, StoreError } from "./sql.js";

/** host:port/database of a connection URL: what messages may show (never the password). */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

export interface PostgresOptions {
  maxConnections?: number;
  /**
   * false: commits return before Postgres flushes its WAL to disk (synchronous_commit = off). A
   * crash of the gateway still loses nothing; a crash of Postgres or the machine may lose the last
   * fraction of a second of records. Default true.
   */
  synchronousCommit?: boolean;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Sql> {
  const where = describeDatabaseUrl(url);
  let sql: postgres.Sql;
  try {
    sql = postgres(url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
      ...(options.synchronousCommit === false ? { connection: { synchronous_commit: "off" } } : {}),
    });
    await sql.unsafe("select 1");
  } catch (error) {
    throw new StoreError(`Cannot connect to Postgres at ${where}: ${messageOf(error, url)}`);
  }
  const queries = (target: postgres.Sql | postgres.TransactionSql): SqlQueries => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await target.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as T[];
    },
  });
  return {
    kind: "postgres",
    where,
    ...queries(sql),
    transaction: (work) => sql.begin((tx) => work(queries(tx))) as Promise<never>,
    async listen(channel, onNotify) {
      const listening = await sql.listen(channel, onNotify);
      return () => listening.unlisten();
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/** The driver's message, with the connection URL (which may hold a password) taken out. */
function messageOf(error: unknown, url: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const password = safePassword(url);
  return password ? text.split(password).join("[redacted]") : text;
}

function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
