/**
 * Forward + audit: the one place a decided call meets Cal.com. Today it runs each call through a
 * @calkit/guard guarded client (the guard decides, looks bookings up when a constraint needs it,
 * and writes the plain-English record) over one @calkit/client holding the gateway's credential;
 * the gateway adds who and which token, the upstream status and request id, and writes the record
 * to the audit chain before the answer goes back. The guarded client's `invoke` runs the guard's
 * policy and audit hooks; a gateway audit hook could later replace the callback sink below.
 *
 * One AsyncLocalStorage context per call carries what the shared guard and fetch see back to the
 * call they belong to (the guard is cached per agent and policy revision, not made per request).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import {
  type CalClient,
  type CalClientOptions,
  CalConnectionError,
  type CallOptions,
  createCalClient,
  DEFAULT_TOKEN_URL,
  type FetchLike,
  type OperationId,
  type OperationMeta,
  readRequestId,
} from "@calkit/client";
import {
  type ApprovalRequest,
  type ApprovalVerdict,
  type AuditRecord,
  auditErrorSummary,
  callbackSink,
  createAuditLog,
  createGuard,
  type Guard,
} from "@calkit/guard";
import { redactArgs } from "../audit-args.js";
import type { GatewayAuditRecord } from "../audit-record.js";
import { LimitRefusedError, limitAnswer } from "../limits/limit-answer.js";
import type { Limiter, LimitRefusal, QuotaTicket } from "../limits/limiter.js";
import type { Observer } from "../observe/observer.js";
import { policyFileOf } from "../policy-file.js";
import type { AgentWithPolicy } from "../store/agents.js";
import { type Answer, successAnswer } from "./answer.js";
import { refusalRecord } from "./refusal-record.js";
import { requestHashOf } from "./request-hash.js";
import { answerForError } from "./upstream-errors.js";

/** Refused while the audit store is down: a call is never sent without its record. */
const STORE_DOWN: LimitRefusal = {
  kind: "unavailable",
  status: 503,
  retryAfterSeconds: 5,
  reason: "the gateway cannot reach its audit store, and no call is sent without its audit record",
};

export interface ForwardCall {
  agent: AgentWithPolicy;
  operation: OperationMeta;
  method: string;
  path: string;
  /** Validated flat arguments. */
  args: Record<string, unknown>;
  /** A `cal-api-version` the agent asked for (one the operation is known to answer). */
  apiVersion?: string;
  /** When the call arrived (ms since epoch). */
  started: number;
  idempotencyKey?: string;
  /** Set when a person approved this exact call: the approval's id, request hash and approver. */
  approval?: { id: string; hash: string; by: string };
}

/** A call the policy asks about, held (nothing sent, nothing written yet): why, and what it does. */
export interface HeldCall {
  reason: string;
  preview: string;
}

export interface ForwardResult {
  answer: Answer;
  record: GatewayAuditRecord;
  /** Whether the call may have reached Cal.com (false for a denial or a certainly unsent request). */
  sent: boolean;
  /** The policy asks a person first: the caller stores the approval and writes its record. */
  held?: HeldCall;
}

interface CallContext {
  agentId: string;
  operation: OperationMeta;
  guardRecord?: AuditRecord;
  /** Every answer Cal.com gave during the call: the guard's booking lookup, then the call itself. */
  upstream: { method: string; status: number; requestId?: string }[];
  call?: ForwardCall;
  held?: HeldCall;
}

export interface Forwarder {
  forward(call: ForwardCall): Promise<ForwardResult>;
  /** The client, for callers that need Cal.com outside a call (none decide with it). */
  readonly client: CalClient;
}

export interface ForwarderOptions {
  client: CalClientOptions;
  /** Writes one record; resolves once it is durable. */
  appendRecord(record: GatewayAuditRecord): Promise<unknown>;
  /** Counts calls against the agents' limits and requests against the credential's budget. */
  limiter: Limiter;
  /** False while the audit store is unreachable: then nothing is sent. */
  storeReady?: () => Promise<boolean>;
  /** Told of each limit hit and each answer from Cal.com. */
  observer?: Pick<Observer, "limitHit" | "upstream">;
  fetch?: FetchLike;
  onWarning?: (message: string) => void;
}

export function createForwarder(options: ForwarderOptions): Forwarder {
  const context = new AsyncLocalStorage<CallContext>();
  const baseFetch: FetchLike =
    options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const tokenUrl = options.client.oauth?.tokenUrl ?? DEFAULT_TOKEN_URL;
  const client = createCalClient({
    ...options.client,
    // Records the status and request id of what Cal.com answered, for the call in progress.
    fetch: async (request, init) => {
      if (request.url === tokenUrl) return baseFetch(request, init); // an OAuth refresh, not the call
      const call = context.getStore();
      // Every request to Cal.com (a guard's lookup, a retry) takes a slot of the budget first.
      if (call) {
        const refusal = await options.limiter.takeUpstream(call.agentId, call.operation.access);
        if (refusal) {
          options.observer?.limitHit?.(refusal.kind);
          throw new LimitRefusedError(refusal, call.operation.id);
        }
      }
      const response = await baseFetch(request, init).catch((error: unknown) => {
        options.observer?.upstream?.("error");
        throw error;
      });
      options.observer?.upstream?.(response.status);
      call?.upstream.push({
        method: request.method,
        status: response.status,
        ...requestIdOf(response.headers),
      });
      return response;
    },
    onWarning: (warning) => options.onWarning?.(warning.message),
    onRateLimit: (rateLimit) => options.limiter.observeUpstream(rateLimit),
  });
  const audit = createAuditLog(
    callbackSink((record) => {
      const call = context.getStore();
      if (call) call.guardRecord = record;
    }),
  );
  const guards = new Map<string, Guard>();

  function guardFor(agent: AgentWithPolicy): Guard {
    const key = `${agent.id}:${agent.policyRevision}`;
    let guard = guards.get(key);
    if (!guard) {
      guard = createGuard({
        policy: policyFileOf(agent.name, agent.policy),
        agent: agent.name,
        client,
        audit,
        approve: async (request) => approveFromContext(context.getStore(), request),
      });
      guards.set(key, guard);
    }
    return guard;
  }

  async function forward(call: ForwardCall): Promise<ForwardResult> {
    if (options.storeReady && !(await options.storeReady())) return refuse(call, STORE_DOWN);
    const admission = await options.limiter.admit({
      agentId: call.agent.id,
      limits: call.agent.policy.limits,
      operation: call.operation,
    });
    if (!admission.ok) return refuse(call, admission.refusal);
    const result = await send(call);
    await settleQuota(admission.ticket, result);
    return result;
  }

  async function refuse(call: ForwardCall, refusal: LimitRefusal): Promise<ForwardResult> {
    options.observer?.limitHit?.(refusal.kind);
    const answer = limitAnswer(refusal);
    const record = refusalRecord(call, answer.status, refusal.reason);
    await options.appendRecord(record);
    return { answer, record, sent: false };
  }

  /** A quota counts what was made: given back when nothing was sent or Cal.com refused it. */
  async function settleQuota(ticket: QuotaTicket, result: ForwardResult): Promise<void> {
    if (!ticket.keys.length) return;
    const status = result.record.upstream.status;
    const made = result.sent && (status === undefined || (status >= 200 && status < 300));
    if (!made) await options.limiter.refund(ticket).catch(() => {});
  }

  async function send(call: ForwardCall): Promise<ForwardResult> {
    const state: CallContext = {
      agentId: call.agent.id,
      operation: call.operation,
      upstream: [],
      call,
    };
    return context.run(state, async () => {
      const callOptions: CallOptions = call.apiVersion
        ? { headers: { "cal-api-version": call.apiVersion } }
        : {};
      let answer: Answer;
      let failure: unknown;
      try {
        const result = await invokeGuarded(
          guardFor(call.agent),
          call.operation.id,
          call.args,
          callOptions,
        );
        answer = successOf(call.operation, result, callAnswer(call, state)?.status);
      } catch (error) {
        failure = error;
        answer = answerForError(error, call.operation.access);
      }
      const record =
        failure instanceof LimitRefusedError
          ? refusalRecord(call, answer.status, failure.refusal.reason)
          : recordOf(call, state, answer, failure);
      if (state.held) return { answer, record, sent: false, held: state.held };
      await options.appendRecord(record);
      const unsure = failure instanceof CalConnectionError && failure.requestMayHaveReachedServer;
      return { answer, record, sent: record.upstream.status !== undefined || unsure };
    });
  }

  return { forward, client };
}

/**
 * The guard's approver: yes only for the call a person approved (same request hash); any other
 * call the policy asks about is marked held in its context, and the guard refuses to send it.
 */
async function approveFromContext(
  state: CallContext | undefined,
  request: ApprovalRequest,
): Promise<ApprovalVerdict> {
  const call = state?.call;
  const approval = call?.approval;
  if (
    call &&
    approval &&
    requestHashOf(call.agent.id, request.operationId, request.args, call.apiVersion) ===
      approval.hash
  )
    return { approved: true, by: approval.by };
  // Only a call a person will see is described (a booking lookup), not one being sent or refused.
  if (state && !approval)
    state.held = { reason: request.reason, preview: await request.describe() };
  return {
    approved: false,
    reason: approval
      ? "the call differs from the one that was approved"
      : `${request.reason}; it waits for a person's approval`,
  };
}

/** The guarded client's `invoke`: the policy hook decides, then the call is sent. */
function invokeGuarded(
  guard: Guard,
  operationId: string,
  args: Record<string, unknown>,
  options: CallOptions,
): Promise<unknown> {
  return guard.client.invoke(operationId as OperationId, args as never, options);
}

/** Cal.com's answer to the call itself (a lookup is a GET; the calls that need one are writes). */
function callAnswer(call: ForwardCall, state: CallContext) {
  if (state.guardRecord?.decision === "denied") return undefined;
  const method = call.operation.method.toUpperCase();
  return state.upstream.filter((answer) => answer.method === method).pop();
}

function requestIdOf(headers: Headers): { requestId?: string } {
  const id = readRequestId(headers);
  return id ? { requestId: id.slice(0, 200) } : {};
}

/** The client's unwrapped result back in Cal.com's envelope, with Cal.com's own status. */
function successOf(operation: OperationMeta, result: unknown, status: number | undefined): Answer {
  const ok = status !== undefined && status >= 200 && status < 300 ? status : 200;
  if (operation.pagination?.meta && result && typeof result === "object" && "data" in result) {
    const page = result as { data: unknown; pagination?: unknown };
    return successAnswer(ok, page.data, page.pagination);
  }
  return successAnswer(ok, result);
}

function recordOf(
  call: ForwardCall,
  state: CallContext,
  answer: Answer,
  failure: unknown,
): GatewayAuditRecord {
  const guard = state.guardRecord;
  const denied = guard?.decision === "denied";
  const upstream = callAnswer(call, state);
  return {
    time: new Date(call.started).toISOString(),
    agent: call.agent.name,
    agentId: call.agent.id,
    tokenId: call.agent.tokenId,
    operation: call.operation.id,
    method: call.method,
    path: call.path,
    resource: call.operation.resource,
    access: call.operation.access,
    target: guard?.target ?? {},
    args: redactArgs(call.args),
    decision: denied ? "denied" : "allowed",
    reason: guard?.reason ?? "no decision was recorded",
    policyRevision: call.agent.policyRevision,
    outcome: denied
      ? { status: "not-sent", httpStatus: answer.status }
      : failure === undefined
        ? { status: "ok", httpStatus: answer.status }
        : { status: "error", httpStatus: answer.status, error: auditErrorSummary(failure).error },
    upstream: upstream
      ? {
          status: upstream.status,
          ...(upstream.requestId ? { requestId: upstream.requestId } : {}),
        }
      : {},
    ...(call.idempotencyKey ? { idempotency: { key: call.idempotencyKey, replayed: false } } : {}),
    ...(call.approval ? { approval: { id: call.approval.id, by: call.approval.by } } : {}),
    latencyMs: Math.max(0, Date.now() - call.started),
    sentence: guard?.sentence ?? `Agent ${call.agent.name} called ${call.operation.id}.`,
  };
}
