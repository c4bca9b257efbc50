/**
 * What the gateway counts across calls, behind one interface with two homes: Redis (shared by
 * every instance, redis-limiter.ts) or this process (memory-limiter.ts). Per agent: calls in any
 * window (a minute) and business quotas per UTC day, from the policy's `limits:`. Per upstream
 * credential: a budget of requests per window shared fairly among the agents using it, which also
 * follows what Cal.com's own rate-limit headers say is left.
 */
import type { CalRateLimit, OperationMeta } from "@calkit/client";
import { type LimitKey, limitKinds, type PolicyLimits } from "@calkit/guard";

export const DAY_MS = 86_400_000;

export interface AgentCall {
  agentId: string;
  limits: PolicyLimits | undefined;
  operation: Pick<OperationMeta, "access" | "targets" | "noticeGuard">;
}

/** Which counters a call took, so they can be given back when nothing was done. */
export interface QuotaTicket {
  agentId: string;
  keys: LimitKey[];
  day: number;
}

export type LimitRefusalKind = "agent" | "quota" | "upstream" | "unavailable";

/** A call the limits stop: nothing is sent. */
export interface LimitRefusal {
  kind: LimitRefusalKind;
  status: 429 | 503;
  retryAfterSeconds: number;
  /** In words, for the agent and the audit record; never a key or a count of another agent. */
  reason: string;
}

export type Admission = { ok: true; ticket: QuotaTicket } | { ok: false; refusal: LimitRefusal };

export interface Limiter {
  /** "redis" when every instance shares the counts, "memory" when they are this process's own. */
  readonly home: "redis" | "memory";
  /** Counts the call against the agent's per-minute limit and its daily quotas, or refuses it. */
  admit(call: AgentCall): Promise<Admission>;
  /** Gives back the quota a call took when it made nothing (not sent, or refused by Cal.com). */
  refund(ticket: QuotaTicket): Promise<void>;
  /** One request to Cal.com on the agent's behalf: a slot of the credential's budget, or a refusal. */
  takeUpstream(agentId: string, access: "read" | "write"): Promise<LimitRefusal | undefined>;
  /** What Cal.com said is left of the credential's own limit. */
  observeUpstream(rateLimit: CalRateLimit): void;
  close(): Promise<void>;
}

/** The shared store of counts could not be reached (Redis down). */
export class LimiterUnavailableError extends Error {
  override readonly name = "LimiterUnavailableError";
}

/** The daily limits that count this call. */
export function quotasFor(call: AgentCall): { key: LimitKey; limit: number }[] {
  const limits = call.limits ?? {};
  return limitKinds
    .filter((kind) => kind.window === "day" && limits[kind.key] !== undefined)
    .filter((kind) => kind.counts(call.operation))
    .map((kind) => ({ key: kind.key, limit: limits[kind.key] as number }));
}

export function retrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export function agentRefusal(limit: number, windowMs: number, retryMs: number): LimitRefusal {
  return {
    kind: "agent",
    status: 429,
    retryAfterSeconds: retrySeconds(retryMs),
    reason: `this agent's limit of ${limit} calls ${windowWords(windowMs)} is reached`,
  };
}

export function quotaRefusal(key: LimitKey, limit: number, retryMs: number): LimitRefusal {
  const noun = limitKinds.find((kind) => kind.key === key)?.noun ?? key;
  return {
    kind: "quota",
    status: 429,
    retryAfterSeconds: retrySeconds(retryMs),
    reason: `this agent's quota of ${limit} ${noun} per day (UTC) is used up`,
  };
}

export type UpstreamReason = "budget" | "share" | "calcom";

export function upstreamRefusal(why: UpstreamReason, retryMs: number): LimitRefusal {
  const reason = {
    budget: "the gateway's Cal.com request budget for this minute is used up",
    share: "this agent has used its fair share of the gateway's Cal.com request budget for now",
    calcom: "Cal.com says the gateway's credential has no requests left until its window resets",
  }[why];
  return { kind: "upstream", status: 429, retryAfterSeconds: retrySeconds(retryMs), reason };
}

export const UNAVAILABLE: LimitRefusal = {
  kind: "unavailable",
  status: 503,
  retryAfterSeconds: 5,
  reason:
    "the gateway cannot reach its shared rate-limit store, and writes are not sent unless they can be counted",
};

function windowWords(windowMs: number): string {
  return windowMs === 60_000 ? "a minute" : `per ${windowMs / 1000} s`;
}
