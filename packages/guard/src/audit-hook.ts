/**
 * The audit log as a call hook: after each call, allowed or denied, one record with a
 * plain-English sentence. Listed before the policy hook, it also sees the policy's refusals.
 */
import {
  CalApiError,
  CalError,
  type CallHook,
  type CallOutcome,
  CalRefusedError,
  type HookedCall,
  type OperationMeta,
} from "@calkit/client";
import type { AuditLog, AuditRecord } from "./audit.js";
import type { Decision } from "./decide.js";
import { auditPhrases } from "./generated/audit.gen.js";
import { DECISION } from "./policy-hook.js";
import { type RenderOptions, renderPhrase } from "./sentence.js";

export function createAuditHook(audit: AuditLog, agent: string, render: RenderOptions): CallHook {
  return {
    name: "audit",
    after(call, outcome) {
      audit.write(auditRecord(agent, call, outcome, render));
    },
  };
}

function auditRecord(
  agent: string,
  call: HookedCall,
  outcome: CallOutcome,
  render: RenderOptions,
): AuditRecord {
  const { operation, args } = call;
  const decision = decisionOf(call, outcome);
  const phrases = auditPhrases[operation.id] ?? {
    done: `called ${operation.id}`,
    doing: `calling ${operation.id}`,
    result: "done",
  };
  const result = outcome.ok ? outcome.data : undefined;
  const status: AuditRecord["outcome"] = !decision.allowed
    ? { status: "not-sent" }
    : outcome.ok
      ? { status: "ok" }
      : { status: "error", ...auditErrorSummary(outcome.error) };
  let sentence: string;
  if (!decision.allowed)
    sentence = `Agent ${agent} was denied ${renderPhrase(phrases.doing, args, undefined, render)}: ${decision.reason}.`;
  else if (outcome.ok)
    sentence = `Agent ${agent} ${renderPhrase(phrases.done, args, result, render)}: ${allowedBy(decision)}, ${renderPhrase(phrases.result, args, result, render)}.`;
  else
    sentence = `Agent ${agent} tried ${renderPhrase(phrases.doing, args, undefined, render)}: ${allowedBy(decision)}, but it failed (${status.error ?? "error"}).`;
  return {
    time: new Date(call.startedAt).toISOString(),
    agent,
    operation: operation.id,
    resource: operation.resource,
    access: operation.access,
    target: targetOf(operation, args),
    decision: decision.allowed ? "allowed" : "denied",
    reason: decision.reason,
    outcome: status,
    durationMs: Math.max(0, outcome.durationMs),
    sentence,
  };
}

function allowedBy(decision: Decision): string {
  return decision.approvedBy ? `approved by ${decision.approvedBy}` : "allowed";
}

/** The policy's decision; a refusal by anything else before sending reads as a denial too. */
function decisionOf(call: HookedCall, outcome: CallOutcome): Decision {
  if (!outcome.ok && outcome.error instanceof CalRefusedError)
    return { allowed: false, reason: outcome.error.reason };
  return (
    (call.state.get(DECISION) as Decision | undefined) ?? {
      allowed: true,
      reason: "no policy applies",
    }
  );
}

/** The ids a call is about: its path parameters and the booking and event type it names. */
function targetOf(
  operation: OperationMeta,
  args: Readonly<Record<string, unknown>>,
): Record<string, string | number> {
  const names = new Set([
    ...operation.pathParams,
    ...[operation.targets.booking, operation.targets.eventType].filter(
      (name): name is string => name !== undefined,
    ),
  ]);
  const target: Record<string, string | number> = {};
  for (const name of names) {
    const value = args[name];
    if (typeof value === "string" || typeof value === "number") target[name] = value;
  }
  return target;
}

/**
 * How a failed call is summed up in an audit record (by the gateway too): Cal.com's status and
 * code, or the error's class name; never its message, which may quote arguments.
 */
export function auditErrorSummary(error: unknown): { httpStatus?: number; error: string } {
  if (error instanceof CalApiError)
    return {
      httpStatus: error.status,
      error: `${error.status}${error.code ? ` ${error.code}` : ""}`,
    };
  if (error instanceof Error) return { error: error.name };
  return { error: "unexpected error" };
}
