/**
 * Audit records for what the gateway answers itself, without a policy decision: requests it
 * refuses (no such operation, bad arguments, a reused Idempotency-Key) and stored answers it
 * replays. Like every record, written before the answer goes back.
 */
import type { OperationMeta } from "@calkit/client";
import { redactArgs } from "../audit-args.js";
import type { GatewayAuditRecord } from "../audit-record.js";
import type { AgentWithPolicy } from "../store/agents.js";

export interface GatewayEvent {
  agent: AgentWithPolicy;
  method: string;
  path: string;
  started: number;
  operation?: OperationMeta;
  args?: Record<string, unknown>;
}

function base(
  event: GatewayEvent,
): Omit<GatewayAuditRecord, "decision" | "reason" | "outcome" | "sentence"> {
  return {
    time: new Date(event.started).toISOString(),
    agent: event.agent.name,
    agentId: event.agent.id,
    tokenId: event.agent.tokenId,
    operation: event.operation?.id ?? null,
    method: event.method,
    path: event.path.slice(0, 300),
    resource: event.operation?.resource ?? null,
    access: event.operation?.access ?? null,
    target: {},
    args: event.args ? redactArgs(event.args) : {},
    policyRevision: event.agent.policyRevision,
    upstream: {},
    latencyMs: Math.max(0, Date.now() - event.started),
  };
}

export function refusalRecord(
  event: GatewayEvent,
  status: number,
  reason: string,
): GatewayAuditRecord {
  const what = event.operation?.id ?? `${event.method} ${event.path.slice(0, 120)}`;
  return {
    ...base(event),
    decision: "refused",
    reason,
    outcome: { status: "not-sent", httpStatus: status },
    sentence: `Agent ${event.agent.name} was refused ${what}: ${reason.replace(/\.$/, "")}; nothing was sent.`,
  };
}

export function replayRecord(event: GatewayEvent, key: string, status: number): GatewayAuditRecord {
  const what = event.operation?.id ?? event.path;
  return {
    ...base(event),
    decision: "allowed",
    reason: "a repeat of a request already carried out with this Idempotency-Key",
    outcome: { status: status < 400 ? "ok" : "error", httpStatus: status },
    idempotency: { key: key.slice(0, 100), replayed: true },
    sentence: `Agent ${event.agent.name} repeated ${what} with Idempotency-Key ${key.slice(0, 60)}: answered with the stored result (${status}); nothing was sent.`,
  };
}
