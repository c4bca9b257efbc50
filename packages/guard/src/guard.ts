/**
 * createGuard: an agent's policy in front of a Cal.com client and the tool executor. A denied call
 * never reaches the network; every call, allowed or denied, is written to the audit log.
 */
import type { CalClient } from "@calkit/client";
import { CalApiError, CalError, CalPolicyError } from "@calkit/client";
import {
  checkArguments,
  type ExecuteOptions,
  executeToolCall,
  type ToolCallResult,
  toolDefinitions,
} from "@calkit/tools";
import type { AuditLog, AuditRecord } from "./audit.js";
import {
  type BookingFacts,
  type Decision,
  decide,
  decideWithBooking,
  needsBookingFacts,
  permission,
} from "./decide.js";
import { auditPhrases } from "./generated/audit.gen.js";
import type { PolicyFile } from "./policy.js";
import { type RenderOptions, renderPhrase } from "./sentence.js";

/** Thrown by a guarded client for a denied call (no request was sent). */
export class PolicyDeniedError extends CalPolicyError {
  override readonly name: string = "PolicyDeniedError";

  constructor(
    readonly agent: string,
    operationId: string,
    reason: string,
  ) {
    super(`Agent ${agent} may not call ${operationId}: ${reason}.`, reason, { operationId });
  }
}

export interface GuardOptions extends RenderOptions {
  policy: PolicyFile;
  agent: string;
  /** The client calls go through (its own credentials; the guard adds none). */
  client: CalClient;
  audit?: AuditLog;
  now?: () => Date;
}

const TARGET_KEYS = [
  "bookingUid",
  "eventTypeId",
  "scheduleId",
  "teamId",
  "webhookId",
  "orgId",
  "userId",
  "uid",
  "calendar",
];

function targetOf(args: Record<string, unknown>): Record<string, string | number> {
  const target: Record<string, string | number> = {};
  for (const key of TARGET_KEYS) {
    const value = args[key];
    if (typeof value === "string" || typeof value === "number") target[key] = value;
  }
  return target;
}

function errorSummary(error: unknown): { httpStatus?: number; error: string } {
  if (error instanceof CalApiError)
    return {
      httpStatus: error.status,
      error: `${error.status}${error.code ? ` ${error.code}` : ""}`,
    };
  if (error instanceof CalError) return { error: error.name };
  return { error: "unexpected error" };
}

type Method = (args?: Record<string, unknown>, options?: unknown) => Promise<unknown>;

/** A client's operation methods and table, without `raw` (which no policy could see). */
export type GuardedClient = Omit<CalClient, "raw">;

export interface Guard {
  readonly agent: string;
  /** A client with the same methods, each checked against the policy and audited; no `raw`. */
  readonly client: GuardedClient;
  /**
   * The tool executor behind the policy: arguments are validated first, then the policy decides;
   * a denial comes back as `{ ok: false, error: { kind: "not_allowed", retryable: false, message } }`.
   */
  execute(
    name: string,
    args: unknown,
    options?: Omit<ExecuteOptions, "client">,
  ): Promise<ToolCallResult>;
  /** The full decision (booking lookups included) without calling anything or writing the log. */
  check(operationId: string, args?: Record<string, unknown>): Promise<Decision>;
}

export function createGuard(options: GuardOptions): Guard {
  const { policy, agent, client, audit } = options;
  const now = options.now ?? (() => new Date());
  const phrases = (id: string) =>
    auditPhrases[id] ?? { done: `called ${id}`, doing: `calling ${id}`, result: "done" };

  /** The facts of each booking the uid names: a recurring booking comes back as all its occurrences. */
  async function bookingFacts(uid: unknown): Promise<BookingFacts[]> {
    const data = (await client.bookings.get({ bookingUid: String(uid) })) as unknown;
    const occurrences = (Array.isArray(data) ? data : [data]) as (
      | { start?: string; eventTypeId?: number; eventType?: { id?: number } }
      | undefined
    )[];
    return occurrences.map((booking) => ({
      start: String(booking?.start ?? ""),
      eventTypeId: booking?.eventTypeId ?? booking?.eventType?.id,
    }));
  }

  async function check(operationId: string, args: Record<string, unknown> = {}): Promise<Decision> {
    const first = decide(policy, agent, operationId, args);
    if (!first.allowed || !needsBookingFacts(policy, agent, operationId)) return first;
    try {
      const occurrences = await bookingFacts(args.bookingUid);
      if (occurrences.length === 0) throw new Error("no booking");
      // Every occurrence the call may touch must pass; the first that does not decides.
      const decisions = occurrences.map((facts) =>
        decideWithBooking(policy, agent, operationId, facts, now()),
      );
      return decisions.find((d) => !d.allowed) ?? (decisions[0] as Decision);
    } catch {
      return {
        allowed: false,
        reason: `booking ${String(args.bookingUid)} could not be looked up to check this agent's constraints`,
      };
    }
  }

  function record(
    operationId: string,
    args: Record<string, unknown>,
    decision: Decision,
    started: number,
    outcome: AuditRecord["outcome"],
    result?: unknown,
  ): void {
    if (!audit) return;
    const op = permission(operationId);
    const p = phrases(operationId);
    let sentence: string;
    if (!decision.allowed)
      sentence = `Agent ${agent} was denied ${renderPhrase(p.doing, args, undefined, options)}: ${decision.reason}.`;
    else if (outcome.status === "ok")
      sentence = `Agent ${agent} ${renderPhrase(p.done, args, result, options)}: allowed, ${renderPhrase(p.result, args, result, options)}.`;
    else
      sentence = `Agent ${agent} tried ${renderPhrase(p.doing, args, undefined, options)}: allowed, but it failed (${outcome.error ?? "error"}).`;
    audit.write({
      time: new Date(started).toISOString(),
      agent,
      operation: operationId,
      resource: op?.resource ?? "unknown",
      access: op?.access ?? "write",
      target: targetOf(args),
      decision: decision.allowed ? "allowed" : "denied",
      reason: decision.reason,
      outcome,
      durationMs: Math.max(0, Date.now() - started),
      sentence,
    });
  }

  /** Runs `call` only when the policy allows it, and audits the decision and the outcome. */
  async function run<T>(
    operationId: string,
    args: Record<string, unknown>,
    call: () => Promise<T>,
    decided?: Decision,
  ): Promise<T> {
    const started = Date.now();
    const decision = decided ?? (await check(operationId, args));
    if (!decision.allowed) {
      record(operationId, args, decision, started, { status: "not-sent" });
      throw new PolicyDeniedError(agent, operationId, decision.reason);
    }
    try {
      const result = await call();
      record(operationId, args, decision, started, { status: "ok" }, result);
      return result;
    } catch (error) {
      record(operationId, args, decision, started, { status: "error", ...errorSummary(error) });
      throw error;
    }
  }

  function wrapClient(decidedFor?: Map<string, Decision>): GuardedClient {
    const guarded: Record<string, unknown> = {};
    for (const [id, meta] of Object.entries(client.operations)) {
      const [resource, verb] = id.split(".") as [string, string];
      const original = (
        client as unknown as Record<string, Record<string, Method & { all?: Method }>>
      )[resource]?.[verb];
      if (!original) continue;
      guarded[resource] ??= {};
      const group = guarded[resource] as Record<string, unknown>;
      const method: Method = (args = {}, callOptions) => {
        // One plain copy is decided on and sent: a getter cannot change a value in between.
        const sent = structuredClone(args);
        return run(id, sent, () => original(sent, callOptions), decidedFor?.get(id));
      };
      if (meta.pagination && original.all) {
        const all = original.all;
        group[verb] = Object.assign(method, {
          all: (original: Record<string, unknown> = {}, callOptions?: unknown) => ({
            async *[Symbol.asyncIterator]() {
              const args = structuredClone(original);
              const decision = await check(id, args);
              const started = Date.now();
              if (!decision.allowed) {
                record(id, args, decision, started, { status: "not-sent" });
                throw new PolicyDeniedError(agent, id, decision.reason);
              }
              yield* all(args, callOptions) as unknown as AsyncIterable<unknown>;
              record(id, args, decision, started, { status: "ok" });
            },
          }),
        });
      } else {
        group[verb] = method;
      }
    }
    // No `raw`: it would reach Cal.com with no decision and no record.
    return Object.freeze({ ...guarded, operations: client.operations }) as unknown as GuardedClient;
  }

  const guardedClient = wrapClient();

  async function execute(
    name: string,
    args: unknown,
    executeOptions: Omit<ExecuteOptions, "client"> = {},
  ): Promise<ToolCallResult> {
    const tool = toolDefinitions.find((t) => t.name === name || t.operationId === name);
    const checked = tool ? checkArguments(tool, args) : undefined;
    // Unknown tools and malformed arguments: the executor explains, and nothing is decided or sent
    // (so no booking is looked up for arguments that could never be sent).
    if (!tool || !checked?.ok)
      return executeToolCall(name, args, { ...executeOptions, client: guardedClient as CalClient });
    const started = Date.now();
    const decision = await check(tool.operationId, checked.args);
    if (!decision.allowed) {
      record(tool.operationId, checked.args, decision, started, { status: "not-sent" });
      return {
        ok: false,
        error: {
          kind: "not_allowed",
          message: `Not allowed: ${decision.reason}. This agent's policy forbids ${tool.name}; do not retry it, and tell the user if they asked for it.`,
          retryable: false,
        },
      };
    }
    // Decided once here; the client below only audits, so booking lookups are not repeated.
    const once = new Map([[tool.operationId, decision]]);
    // The validated copy that was decided on is what is sent, never the caller's object again.
    return executeToolCall(name, checked.args, {
      ...executeOptions,
      client: wrapClient(once) as CalClient,
    });
  }

  return { agent, client: guardedClient, execute, check };
}
