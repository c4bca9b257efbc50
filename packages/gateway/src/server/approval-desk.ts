/**
 * The approval desk: a call the policy asks about is stored as an approval request and its agent
 * waits (up to `waitMs`) for a person. Approving sends the stored request, exactly as it was
 * previewed, once, through the same forwarder as every call, and keeps Cal.com's answer for the
 * agent; denying or letting it expire (`ttlMs`) sends nothing. Whichever gateway holds the
 * agent's request learns of the decision by NOTIFY (or, should one be lost, by polling).
 */
import { type OperationMeta, operations } from "@calkit/client";
import { approvalRecord, heldRecord } from "../approval-record.js";
import type { GatewayAuditRecord } from "../audit-record.js";
import { findAgentByTokenId } from "../store/agents.js";
import {
  APPROVALS_CHANGED,
  type ApprovalRow,
  claimApproval,
  createApproval,
  denyApproval,
  expireDueApprovals,
  finishApproval,
  getApproval,
} from "../store/approvals.js";
import type { Sql } from "../store/sql.js";
import { type Answer, errorAnswer, jsonAnswer } from "./answer.js";
import type { ForwardCall, Forwarder, HeldCall } from "./forward.js";
import { requestHashOf } from "./request-hash.js";

export const DEFAULT_APPROVAL_TTL_MS = 10 * 60_000;
export const DEFAULT_APPROVAL_WAIT_MS = 50_000;
/** How often a waiting request looks at the store should a notification be lost. */
const POLL_MS = 500;

export interface ApprovalDeskOptions {
  sql: Sql;
  forwarder: Forwarder;
  appendRecord(record: GatewayAuditRecord): Promise<unknown>;
  ttlMs?: number;
  waitMs?: number;
  /** Told of each new approval request (a notification webhook); must not throw. */
  onHeld?: (row: ApprovalRow) => void;
}

/** A decision taken, or why not (404: no such approval; 409: already decided or expired). */
export type Decided =
  | { ok: true; row: ApprovalRow; answer?: Answer }
  | { ok: false; status: 404 | 409; message: string };

export interface ApprovalDesk {
  /** Stores the held call, writes its record, waits for a decision; the answer for the agent. */
  hold(
    call: ForwardCall,
    held: HeldCall,
    record: GatewayAuditRecord,
  ): Promise<{ answer: Answer; sent: boolean }>;
  /** The agent's view of its approval `id` (waiting up to `waitMs`); undefined when not its own. */
  answerFor(id: string, agentId: string, waitMs?: number): Promise<Answer | undefined>;
  approve(id: string, by: string): Promise<Decided>;
  deny(id: string, by: string): Promise<Decided>;
  /** Expires the approvals past their time, with a record each. */
  sweep(): Promise<void>;
  readonly ttlMs: number;
  close(): Promise<void>;
}

export async function createApprovalDesk(options: ApprovalDeskOptions): Promise<ApprovalDesk> {
  const { sql, forwarder, appendRecord } = options;
  const ttlMs = options.ttlMs ?? DEFAULT_APPROVAL_TTL_MS;
  const waitMs = options.waitMs ?? DEFAULT_APPROVAL_WAIT_MS;
  const sleepers = new Set<() => void>();
  const stop = await sql.listen(APPROVALS_CHANGED, () => {
    for (const wake of sleepers) wake();
  });

  /** Resolves after `ms`, or sooner when any approval changes. */
  function nap(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });
  }

  async function sweep(): Promise<void> {
    for (const row of await expireDueApprovals(sql))
      await appendRecord(approvalRecord(row, "expired"));
  }

  async function waitFor(id: string, limitMs: number): Promise<Answer> {
    const deadline = Date.now() + limitMs;
    for (;;) {
      let row = await getApproval(sql, id);
      if (row?.state === "pending" && row.expiresAt.getTime() <= Date.now()) {
        await sweep();
        row = await getApproval(sql, id);
      }
      if (!row) return errorAnswer(404, `There is no approval ${id}.`);
      if (row.state === "sent" || row.state === "denied" || row.state === "expired")
        return answerOf(row, ttlMs);
      const left = deadline - Date.now();
      if (left <= 0) return pendingAnswer(row);
      await nap(Math.min(left, POLL_MS));
    }
  }

  async function hold(call: ForwardCall, held: HeldCall, record: GatewayAuditRecord) {
    const row = await createApproval(sql, {
      agentId: call.agent.id,
      agent: call.agent.name,
      tokenId: call.agent.tokenId,
      operation: call.operation.id,
      method: call.method,
      path: call.path,
      args: call.args,
      apiVersion: call.apiVersion ?? null,
      requestHash: requestHashOf(call.agent.id, call.operation.id, call.args, call.apiVersion),
      preview: held.preview,
      reason: held.reason,
      policyRevision: call.agent.policyRevision,
      expiresAt: new Date(Date.now() + ttlMs),
    });
    await appendRecord(heldRecord(record, row));
    options.onHeld?.(row);
    const answer = await waitFor(row.id, waitMs);
    // Still pending counts as sent: it may yet be, so an Idempotency-Key stays taken.
    return { answer, sent: answer.status < 400 };
  }

  async function approve(id: string, by: string): Promise<Decided> {
    const row = await getApproval(sql, id);
    if (!row) return { ok: false, status: 404, message: `There is no approval ${id}.` };
    const agent = await findAgentByTokenId(sql, row.tokenId);
    if (!agent || agent.revokedAt || (agent.expiresAt && agent.expiresAt <= new Date())) {
      await deny(id, `${by} (the agent's token no longer works)`);
      return {
        ok: false,
        status: 409,
        message: `Agent ${row.agent}'s token no longer works; the request was denied.`,
      };
    }
    const claimed = await claimApproval(sql, id, by);
    if (!claimed) return notPending(id);
    await appendRecord(approvalRecord(claimed, "approved", by));
    const result = await forwarder.forward({
      agent,
      operation: operationOf(claimed),
      method: claimed.method,
      path: claimed.path,
      args: claimed.args,
      ...(claimed.apiVersion ? { apiVersion: claimed.apiVersion } : {}),
      started: Date.now(),
      approval: { id, hash: claimed.requestHash, by },
    });
    const finished = await finishApproval(sql, id, result.answer);
    return { ok: true, row: finished ?? claimed, answer: result.answer };
  }

  async function deny(id: string, by: string): Promise<Decided> {
    const row = await getApproval(sql, id);
    if (!row) return { ok: false, status: 404, message: `There is no approval ${id}.` };
    const denied = await denyApproval(sql, id, by);
    if (!denied) return notPending(id);
    await appendRecord(approvalRecord(denied, "denied", by));
    return { ok: true, row: denied };
  }

  async function notPending(id: string): Promise<Decided> {
    await sweep();
    const row = await getApproval(sql, id);
    return {
      ok: false,
      status: 409,
      message: `Approval ${id} is ${row?.state ?? "gone"}: it can be decided once, while pending.`,
    };
  }

  return {
    hold,
    async answerFor(id, agentId, limitMs = 0) {
      const row = await getApproval(sql, id);
      if (!row || row.agentId !== agentId) return undefined;
      return waitFor(id, limitMs);
    },
    approve,
    deny,
    sweep,
    ttlMs,
    async close() {
      for (const wake of sleepers) wake();
      await stop();
    },
  };
}

function operationOf(row: ApprovalRow): OperationMeta {
  return (operations as Record<string, OperationMeta>)[row.operation] as OperationMeta;
}

function minutes(ms: number): string {
  const m = ms / 60_000;
  return m >= 1 ? `${Math.round(m * 10) / 10} minutes` : `${Math.round(ms / 1000)} seconds`;
}

/** The final word for the agent: Cal.com's answer, or why nothing was sent. */
function answerOf(row: ApprovalRow, ttlMs: number): Answer {
  const tag = { "x-calkit-approval": row.id };
  if (row.state === "sent" && row.answer)
    return { ...row.answer, headers: { ...row.answer.headers, ...tag } };
  const details = { approvalId: row.id, state: row.state };
  if (row.state === "denied")
    return errorAnswer(
      403,
      `Refused: ${row.decidedBy ?? "a person"} denied this call (approval ${row.id}). Nothing was sent.`,
      { details, headers: tag },
    );
  return errorAnswer(
    403,
    `Refused: no one approved this call within ${minutes(ttlMs)}, so approval ${row.id} expired. Nothing was sent.`,
    { details, headers: tag },
  );
}

/** Not decided yet: where to ask again. */
function pendingAnswer(row: ApprovalRow): Answer {
  const poll = `/approvals/${row.id}`;
  return jsonAnswer(
    202,
    {
      status: "pending",
      data: {
        approvalId: row.id,
        state: row.state,
        message: `This call waits for a person's approval (${row.reason}). Nothing has been sent. Ask again with GET ${poll} (same agent token) until it is decided.`,
        preview: row.preview,
        expiresAt: row.expiresAt.toISOString(),
        poll,
      },
    },
    { location: poll, "x-calkit-approval": row.id },
  );
}
