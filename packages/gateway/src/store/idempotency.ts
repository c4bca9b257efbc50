/**
 * Idempotency keys: a write sent with `Idempotency-Key` is carried out once per agent and key. The
 * first request claims the key (a `pending` row); its answer is then stored (`done`). A repeat with
 * the same request gets the stored answer; one with a different request is refused; one that
 * arrives while the first is still running waits for it. Keys expire after 24 hours.
 *
 * A `pending` row older than its lease belongs to an instance that stopped mid-call (killed): the
 * request may have reached Cal.com, so the key is never freed for a resend; it is settled instead
 * with an answer that says the outcome is unknown, and every later repeat gets that answer.
 */
import type { Sql } from "./sql.js";

export const IDEMPOTENCY_TTL_HOURS = 24;

export type Claim =
  | { kind: "claimed" }
  | { kind: "replay"; status: number; answer: string }
  | { kind: "mismatch" }
  | { kind: "pending" }
  | { kind: "orphaned"; status: number; answer: string };

/** What a key whose first request was lost mid-call answers (the change may have been made). */
export interface OrphanAnswer {
  status: number;
  body: string;
}

export async function claimKey(
  sql: Sql,
  agentId: string,
  key: string,
  fingerprint: string,
  lease?: { ms: number; answer: OrphanAnswer },
): Promise<Claim> {
  return sql.transaction(async (tx) => {
    // An expired key is free again.
    await tx.query(
      `DELETE FROM idempotency WHERE agent_id = $1 AND key = $2 AND created_at < now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`,
      [agentId, key],
    );
    const inserted = await tx.query(
      `INSERT INTO idempotency (agent_id, key, fingerprint, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (agent_id, key) DO NOTHING RETURNING key`,
      [agentId, key, fingerprint],
    );
    if (inserted.length) return { kind: "claimed" };
    const rows = await tx.query<{
      fingerprint: string;
      state: string;
      status: number | null;
      answer: string | null;
      lapsed: boolean;
    }>(
      `SELECT fingerprint, state, status, answer,
         COALESCE(created_at < now() - ($3::bigint * interval '1 millisecond'), false) AS lapsed
       FROM idempotency WHERE agent_id = $1 AND key = $2`,
      [agentId, key, lease ? String(lease.ms) : null],
    );
    const row = rows[0];
    if (!row) return { kind: "pending" };
    if (row.fingerprint !== fingerprint) return { kind: "mismatch" };
    if (row.state === "pending" && lease && row.lapsed) {
      await tx.query(
        "UPDATE idempotency SET state = 'done', status = $3, answer = $4 WHERE agent_id = $1 AND key = $2 AND state = 'pending'",
        [agentId, key, lease.answer.status, lease.answer.body],
      );
      return { kind: "orphaned", status: lease.answer.status, answer: lease.answer.body };
    }
    if (row.state === "pending") return { kind: "pending" };
    return { kind: "replay", status: Number(row.status), answer: row.answer ?? "" };
  });
}

export async function completeKey(
  sql: Sql,
  agentId: string,
  key: string,
  status: number,
  answer: string,
): Promise<void> {
  await sql.query(
    "UPDATE idempotency SET state = 'done', status = $3, answer = $4 WHERE agent_id = $1 AND key = $2",
    [agentId, key, status, answer],
  );
}

/** Frees a key whose request was never sent (denied, or refused before reaching Cal.com). */
export async function releaseKey(sql: Sql, agentId: string, key: string): Promise<void> {
  await sql.query(
    "DELETE FROM idempotency WHERE agent_id = $1 AND key = $2 AND state = 'pending'",
    [agentId, key],
  );
}

export async function sweepExpiredKeys(sql: Sql): Promise<void> {
  await sql.query(
    `DELETE FROM idempotency WHERE created_at < now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`,
  );
}
