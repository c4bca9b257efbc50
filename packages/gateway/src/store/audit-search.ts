/**
 * Audit records by filter, newest first: for the admin page's Activity view. Agent uses the
 * indexed column; resource, decision and time are read from the stored record itself.
 */
import type { StoredRecord } from "./audit-chain.js";
import type { Sql } from "./sql.js";

export interface AuditFilter {
  agent?: string;
  resource?: string;
  decision?: string;
  /** ISO 8601 instants, inclusive. */
  since?: string;
  until?: string;
  limit: number;
}

export async function searchAudit<R>(sql: Sql, filter: AuditFilter): Promise<StoredRecord<R>[]> {
  const rows = await sql.query<{ seq: string; record: string; hash: string }>(
    `SELECT seq::text AS seq, record, hash FROM audit
     WHERE ($1::text IS NULL OR agent = $1)
       AND ($2::text IS NULL OR (record::jsonb ->> 'resource') = $2)
       AND ($3::text IS NULL OR (record::jsonb ->> 'decision') = $3)
       AND ($4::text IS NULL OR (record::jsonb ->> 'time') >= $4)
       AND ($5::text IS NULL OR (record::jsonb ->> 'time') <= $5)
     ORDER BY audit.seq DESC LIMIT $6`,
    [
      filter.agent ?? null,
      filter.resource ?? null,
      filter.decision ?? null,
      filter.since ?? null,
      filter.until ?? null,
      filter.limit,
    ],
  );
  return rows.map((row) => ({
    seq: Number(row.seq),
    record: JSON.parse(row.record) as R,
    hash: row.hash,
  }));
}
