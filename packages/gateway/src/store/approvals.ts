/**
 * Approval requests in the store. A held call is one row holding the exact request; its state
 * only moves forward (pending → approved → sent, or pending → denied / expired), each move one
 * conditional UPDATE, so an approval is used at most once even with several gateways on one
 * Postgres. Every move NOTIFYs, waking the agent's request wherever it waits.
 */
import { randomUUID } from "node:crypto";
import type { Answer } from "../server/answer.js";
import type { Sql, SqlQueries } from "./sql.js";

export type ApprovalState = "pending" | "approved" | "sent" | "denied" | "expired";
const STATES: readonly ApprovalState[] = ["pending", "approved", "sent", "denied", "expired"];

export interface ApprovalRow {
  id: string;
  agentId: string;
  agent: string;
  tokenId: string;
  operation: string;
  method: string;
  path: string;
  /** The validated arguments, exactly as they will be sent. */
  args: Record<string, unknown>;
  apiVersion: string | null;
  /** sha256 of the request (agent, operation, arguments, version): the approval is bound to it. */
  requestHash: string;
  preview: string;
  reason: string;
  policyRevision: number;
  state: ApprovalState;
  createdAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  /** Cal.com's answer to the approved call, once sent. */
  answer: Answer | null;
}

export type NewApproval = Omit<
  ApprovalRow,
  "id" | "state" | "createdAt" | "decidedAt" | "decidedBy" | "answer"
>;

/** NOTIFY channel of approval changes (payload: the approval id). */
export const APPROVALS_CHANGED = "calkit_gateway_approvals";

interface RawApproval {
  id: string;
  agent_id: string;
  agent: string;
  token_id: string;
  operation: string;
  method: string;
  path: string;
  args: string;
  api_version: string | null;
  request_hash: string;
  preview: string;
  reason: string;
  policy_revision: number | string;
  state: ApprovalState;
  created_at: Date | string;
  expires_at: Date | string;
  decided_at: Date | string | null;
  decided_by: string | null;
  answer: string | null;
}

function rowOf(raw: RawApproval): ApprovalRow {
  return {
    id: raw.id,
    agentId: raw.agent_id,
    agent: raw.agent,
    tokenId: raw.token_id,
    operation: raw.operation,
    method: raw.method,
    path: raw.path,
    args: JSON.parse(raw.args),
    apiVersion: raw.api_version,
    requestHash: raw.request_hash,
    preview: raw.preview,
    reason: raw.reason,
    policyRevision: Number(raw.policy_revision),
    state: raw.state,
    createdAt: new Date(raw.created_at),
    expiresAt: new Date(raw.expires_at),
    decidedAt: raw.decided_at === null ? null : new Date(raw.decided_at),
    decidedBy: raw.decided_by,
    answer: raw.answer === null ? null : (JSON.parse(raw.answer) as Answer),
  };
}

async function announce(tx: SqlQueries, id: string): Promise<void> {
  await tx.query("SELECT pg_notify($1, $2)", [APPROVALS_CHANGED, id]);
}

export async function createApproval(sql: Sql, input: NewApproval): Promise<ApprovalRow> {
  const rows = await sql.query<RawApproval>(
    `INSERT INTO approvals (id, agent_id, agent, token_id, operation, method, path, args, api_version,
       request_hash, preview, reason, policy_revision, state, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'pending', $14) RETURNING *`,
    [
      randomUUID(),
      input.agentId,
      input.agent,
      input.tokenId,
      input.operation,
      input.method,
      input.path,
      JSON.stringify(input.args),
      input.apiVersion,
      input.requestHash,
      input.preview,
      input.reason,
      input.policyRevision,
      input.expiresAt.toISOString(),
    ],
  );
  return rowOf(rows[0] as RawApproval);
}

export async function getApproval(sql: Sql, id: string): Promise<ApprovalRow | undefined> {
  const rows = await sql.query<RawApproval>("SELECT * FROM approvals WHERE id = $1", [id]);
  return rows[0] ? rowOf(rows[0]) : undefined;
}

/** Newest first; only those in `states` when given. */
export async function listApprovals(
  sql: Sql,
  options: { states?: ApprovalState[]; limit?: number } = {},
): Promise<ApprovalRow[]> {
  // Listed from the known states only, so the values can be written into the statement.
  const states = (options.states ?? STATES).filter((s) => STATES.includes(s));
  const rows = await sql.query<RawApproval>(
    `SELECT * FROM approvals WHERE state IN (${states.map((s) => `'${s}'`).join(", ") || "''"})
     ORDER BY created_at DESC, id LIMIT $1`,
    [options.limit ?? 100],
  );
  return rows.map(rowOf);
}

/** Moves `id` from `from` to `to` (with who decided); undefined when it was not in `from`. */
async function move(
  sql: Sql,
  id: string,
  from: ApprovalState,
  to: ApprovalState,
  set: { by?: string; answer?: Answer; unexpired?: boolean },
): Promise<ApprovalRow | undefined> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<RawApproval>(
      `UPDATE approvals SET state = $3,
         decided_at = CASE WHEN $4::text IS NULL THEN decided_at ELSE now() END,
         decided_by = COALESCE($4::text, decided_by),
         answer = COALESCE($5::text, answer)
       WHERE id = $1 AND state = $2 ${set.unexpired ? "AND expires_at > now()" : ""} RETURNING *`,
      [id, from, to, set.by ?? null, set.answer ? JSON.stringify(set.answer) : null],
    );
    if (!rows[0]) return undefined;
    await announce(tx, id);
    return rowOf(rows[0]);
  });
}

/** pending → approved, only before it expires: the one step that lets the call be sent. */
export const claimApproval = (sql: Sql, id: string, by: string) =>
  move(sql, id, "pending", "approved", { by, unexpired: true });

export const denyApproval = (sql: Sql, id: string, by: string) =>
  move(sql, id, "pending", "denied", { by });

/** approved → sent, with Cal.com's answer for the agent. */
export const finishApproval = (sql: Sql, id: string, answer: Answer) =>
  move(sql, id, "approved", "sent", { answer });

/** Every pending approval past its time, now expired (each returned once, to whoever moved it). */
export async function expireDueApprovals(sql: Sql): Promise<ApprovalRow[]> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<RawApproval>(
      "UPDATE approvals SET state = 'expired' WHERE state = 'pending' AND expires_at <= now() RETURNING *",
    );
    for (const row of rows) await announce(tx, row.id);
    return rows.map(rowOf);
  });
}
