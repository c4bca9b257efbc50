/**
 * Audit records of approvals: a call held for a person, a person's decision on it, and an
 * approval that ran out of time. The call sent after an approval gets the ordinary record of a
 * sent call (its reason names the approver).
 */
import { type OperationMeta, operations } from "@calkit/client";
import type { GatewayAuditRecord } from "./audit-record.js";
import type { ApprovalRow } from "./store/approvals.js";

/** The record of the held call: the forwarder's record of it, turned into "held". */
export function heldRecord(record: GatewayAuditRecord, row: ApprovalRow): GatewayAuditRecord {
  return {
    ...record,
    decision: "held",
    reason: row.reason,
    outcome: { status: "not-sent", httpStatus: 202 },
    upstream: {},
    approval: { id: row.id, state: "pending" },
    sentence: `Agent ${row.agent} asked to go ahead with ${row.preview}: held for a person's approval (${row.reason}); nothing was sent.`,
  };
}

/** What happened to an approval, as an admin-kind record about the agent's call. */
export function approvalRecord(
  row: ApprovalRow,
  outcome: "approved" | "denied" | "expired",
  by?: string,
): GatewayAuditRecord {
  const sentence =
    outcome === "expired"
      ? `No one approved agent ${row.agent}'s request to go ahead with ${row.preview} in time: it expired and nothing was sent.`
      : `${by} ${outcome} agent ${row.agent}'s request to go ahead with ${row.preview}${outcome === "denied" ? "; nothing was sent" : ""}.`;
  return {
    time: new Date().toISOString(),
    agent: row.agent,
    agentId: row.agentId,
    tokenId: row.tokenId,
    operation: row.operation,
    method: row.method,
    path: row.path,
    resource: operationOf(row)?.resource ?? null,
    access: operationOf(row)?.access ?? null,
    target: {},
    args: {},
    decision: outcome === "expired" ? "denied" : "admin",
    reason: outcome === "expired" ? "the approval expired" : `${by} ${outcome} it`,
    policyRevision: row.policyRevision,
    outcome: { status: "not-sent" },
    upstream: {},
    latencyMs: 0,
    approval: { id: row.id, state: outcome, ...(by ? { by } : {}) },
    ...(by ? { actor: by } : {}),
    sentence,
  };
}

function operationOf(row: ApprovalRow): OperationMeta | undefined {
  return Object.hasOwn(operations, row.operation)
    ? (operations as Record<string, OperationMeta>)[row.operation]
    : undefined;
}
