/**
 * The request path of `/v2/*`, one step per function: match the operation (deny by default) →
 * authenticate the agent → read and validate the arguments against the spec → (Idempotency-Key) →
 * the policy decides and the call is forwarded, in forward.ts → answer in Cal.com's envelope. Every
 * step after authentication writes one audit record before answering.
 */
import type { OperationMeta } from "@calkit/client";
import { operations } from "@calkit/client";
import { checkArguments, type ToolDefinition, toolDefinitions } from "@calkit/tools";
import type { GatewayAuditRecord } from "../audit-record.js";
import type { AgentWithPolicy } from "../store/agents.js";
import type { Sql } from "../store/sql.js";
import type { AgentCache } from "./agent-cache.js";
import { type Answer, errorAnswer } from "./answer.js";
import type { ApprovalDesk } from "./approval-desk.js";
import { collectArgs } from "./args.js";
import { authenticate } from "./authenticate.js";
import type { Forwarder, ForwardResult } from "./forward.js";
import { fingerprintOf, keyProblem, runWithKey } from "./idempotent.js";
import { type GatewayEvent, refusalRecord, replayRecord } from "./refusal-record.js";
import { type GatewayRequest, METHOD_OVERRIDE_HEADERS } from "./request.js";
import { createRouter, type RouteMatch } from "./route.js";

export interface PipelineOptions {
  sql: Sql;
  agents: AgentCache;
  forwarder: Forwarder;
  appendRecord(record: GatewayAuditRecord): Promise<unknown>;
  /** How long a repeat waits for the first request with its Idempotency-Key. Default 30 s. */
  idempotencyWaitMs?: number;
  /** After this long a pending key's instance is taken to have stopped (see idempotency.ts). */
  idempotencyLeaseMs?: number;
  now?: () => number;
  /** Holds the calls the policy asks about; without it they are refused. */
  approvals?: ApprovalDesk;
}

/** What the HTTP layer logs about a call (never a header, a query value or a body). */
export interface Handled {
  answer: Answer;
  operation?: string;
  agent?: string;
  tokenId?: string;
  decision?: GatewayAuditRecord["decision"];
}

const BEARER = { "www-authenticate": 'Bearer realm="calkit-gateway"' };

const STORE_UNREACHABLE = errorAnswer(
  503,
  "The gateway cannot reach its store to check the token. Nothing was sent; try again shortly.",
  { headers: { "retry-after": "5" } },
);

/** A call ready for the decision: who, which operation, the checked arguments. */
interface PreparedCall {
  agent: AgentWithPolicy;
  operation: OperationMeta;
  method: string;
  path: string;
  args: Record<string, unknown>;
  started: number;
}

export function createPipeline(
  options: PipelineOptions,
): (request: GatewayRequest) => Promise<Handled> {
  const router = createRouter(operations);
  const tools = new Map<string, ToolDefinition>(toolDefinitions.map((t) => [t.operationId, t]));
  const now = options.now ?? Date.now;

  return async function handle(request) {
    const started = now();
    const url = parseTarget(request.target);
    if (!url)
      return {
        answer: errorAnswer(
          400,
          "Refused: the request target is not a valid path. Nothing was sent.",
        ),
      };
    const route = router.match(request.method, url.pathname);
    const auth = await authenticate(
      options.agents.find,
      request.header("authorization"),
      new Date(started),
    ).catch(() => undefined);
    // The store is unreachable and the token is not cached: nothing can be decided or recorded.
    if (!auth) return { answer: STORE_UNREACHABLE };
    if (!auth.ok)
      return {
        answer: errorAnswer(401, auth.message, { headers: BEARER }),
        ...(auth.tokenId ? { tokenId: auth.tokenId } : {}),
      };
    const who = { agent: auth.agent.name, tokenId: auth.agent.tokenId };
    const prepared = prepareCall(request, url, route, auth.agent, started);
    if ("refusal" in prepared) {
      const { event, status, reason } = prepared.refusal;
      await options.appendRecord(refusalRecord(event, status, reason));
      return {
        answer: errorAnswer(status, `Refused: ${reason} Nothing was sent.`),
        decision: "refused",
        ...who,
      };
    }
    const { call, apiVersion } = prepared;
    const key = request.header("idempotency-key");
    if (key !== undefined && call.operation.access === "write")
      return forwardWithKey(call, key, apiVersion, who);
    const result = await settle(
      call,
      await options.forwarder.forward({ ...call, ...(apiVersion ? { apiVersion } : {}) }),
    );
    return {
      answer: result.answer,
      operation: call.operation.id,
      decision: result.record.decision,
      ...who,
    };
  };

  /** A held call goes to the approval desk, which answers once a person decided (or time ran out). */
  async function settle(call: PreparedCall & { apiVersion?: string }, result: ForwardResult) {
    if (!result.held) return result;
    const held = result.held;
    const record = { ...result.record, decision: "held" as const };
    if (!options.approvals) {
      const reason = `${held.reason}, and this gateway takes no approvals`;
      await options.appendRecord(refusalRecord(call, 403, reason));
      return {
        ...result,
        answer: errorAnswer(403, `Refused: ${reason}. Nothing was sent.`),
        record,
      };
    }
    const waited = await options.approvals.hold(call, held, result.record);
    return { ...result, answer: waited.answer, sent: waited.sent, record };
  }

  /** The checks that need no store and no decision: method, operation, arguments, version. */
  function prepareCall(
    request: GatewayRequest,
    url: { pathname: string; searchParams: URLSearchParams },
    route: RouteMatch,
    agent: AgentWithPolicy,
    started: number,
  ):
    | { call: PreparedCall; apiVersion: string | undefined }
    | { refusal: { event: GatewayEvent; status: number; reason: string } } {
    const event: GatewayEvent = { agent, method: request.method, path: url.pathname, started };
    const refuse = (status: number, reason: string, extra: Partial<GatewayEvent> = {}) => ({
      refusal: { event: { ...event, ...extra }, status, reason },
    });
    const overridden = METHOD_OVERRIDE_HEADERS.find((name) => request.header(name) !== undefined);
    if (overridden)
      return refuse(
        400,
        `the ${overridden} header is not honoured; send the request with its real method.`,
      );
    if (!route.ok) return refuse(route.status, route.message);
    const operation = route.operation;
    const read = readArguments(
      route,
      tools.get(operation.id) as ToolDefinition,
      url.searchParams,
      request,
    );
    if (!read.ok) return refuse(400, read.message, { operation });
    const version = apiVersionOf(operation, request.header("cal-api-version"));
    if (version.problem) return refuse(400, version.problem, { operation, args: read.args });
    return { call: { ...event, operation, args: read.args }, apiVersion: version.value };
  }

  async function forwardWithKey(
    call: PreparedCall,
    key: string,
    apiVersion: string | undefined,
    who: { agent: string; tokenId: string },
  ): Promise<Handled> {
    const event: GatewayEvent = call;
    const problem = keyProblem(key);
    if (problem) {
      await options.appendRecord(refusalRecord(event, 400, problem));
      return {
        answer: errorAnswer(400, `Refused: ${problem} Nothing was sent.`),
        operation: call.operation.id,
        decision: "refused",
        ...who,
      };
    }
    const run = await runWithKey(
      options.sql,
      call.agent.id,
      key,
      fingerprintOf(call.operation.id, call.args),
      options.idempotencyWaitMs ?? 30_000,
      options.idempotencyLeaseMs,
    );
    if (run.kind === "answer") {
      await options.appendRecord(
        run.replayed
          ? replayRecord(event, key, run.answer.status)
          : refusalRecord(event, run.answer.status, errorMessageOf(run.answer)),
      );
      return {
        answer: run.answer,
        operation: call.operation.id,
        decision: run.replayed ? "allowed" : "refused",
        ...who,
      };
    }
    let result: ForwardResult | undefined;
    try {
      const keyed = { ...call, idempotencyKey: key, ...(apiVersion ? { apiVersion } : {}) };
      result = await settle(keyed, await options.forwarder.forward(keyed));
    } finally {
      // Sent (or maybe sent): the answer is kept for repeats. Never sent: the key is free again.
      if (result) await run.complete(result.answer, result.sent);
      else await run.complete(errorAnswer(500, "The gateway failed while making the call."), true);
    }
    return {
      answer: result.answer,
      operation: call.operation.id,
      decision: result.record.decision,
      ...who,
    };
  }
}

/**
 * The raw path and the query of a request target. The path is taken as sent: URL parsing would
 * resolve `..` and `%2e%2e` before the router could refuse them.
 */
function parseTarget(
  target: string,
): { pathname: string; searchParams: URLSearchParams } | undefined {
  if (!target.startsWith("/")) return undefined;
  const cut = target.search(/[?#]/);
  const pathname = cut === -1 ? target : target.slice(0, cut);
  const rest = cut === -1 ? "" : target.slice(cut);
  const query = rest.startsWith("?") ? (rest.slice(1).split("#")[0] ?? "") : "";
  return { pathname, searchParams: new URLSearchParams(query) };
}

function errorMessageOf(answer: Answer): string {
  try {
    return (JSON.parse(answer.body) as { error: { message: string } }).error.message;
  } catch {
    return "refused";
  }
}

type ReadArgs = { ok: true; args: Record<string, unknown> } | { ok: false; message: string };

/** The body (JSON object, only where the operation takes one), the flat arguments, the spec check. */
function readArguments(
  route: Extract<RouteMatch, { ok: true }>,
  tool: ToolDefinition,
  query: URLSearchParams,
  request: GatewayRequest,
): ReadArgs {
  let body: unknown;
  const text = request.body?.trim();
  if (text) {
    if (!route.operation.hasBody)
      return { ok: false, message: `${route.operation.id} takes no request body.` };
    const type = request.header("content-type") ?? "";
    if (!/^application\/json\b/i.test(type))
      return {
        ok: false,
        message: "the body must be JSON, sent with Content-Type: application/json.",
      };
    try {
      body = JSON.parse(text);
    } catch {
      return { ok: false, message: "the body is not valid JSON." };
    }
    if (body === null || typeof body !== "object" || Array.isArray(body))
      return { ok: false, message: "the body must be a JSON object." };
  }
  const collected = collectArgs(tool, route.pathArgs, query, body);
  if (!collected.ok) return collected;
  const checked = checkArguments(tool, collected.args);
  if (!checked.ok)
    return {
      ok: false,
      message: checked.message.replace(/^Invalid arguments/, "invalid arguments"),
    };
  return { ok: true, args: checked.args };
}

/** The agent's `cal-api-version`, when it names one the operation is known to answer. */
function apiVersionOf(
  operation: OperationMeta,
  asked: string | undefined,
): { value?: string; problem?: string } {
  if (asked === undefined || asked === operation.apiVersion) return {};
  if (operation.apiVersions.includes(asked)) return { value: asked };
  return {
    problem: `cal-api-version ${JSON.stringify(asked.slice(0, 40))} is not one ${operation.id} answers (${operation.apiVersions.join(", ")}).`,
  };
}
