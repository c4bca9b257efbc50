/**
 * Runs one tool call from a model: finds the tool, validates the arguments (ajv), calls the client,
 * and returns either a result trimmed to a size budget or an error a model can act on. It never
 * throws: bad model input, Cal.com errors and network failures all come back as `{ ok: false }`.
 */
import {
  BadRequestError,
  CalAbortError,
  CalApiError,
  type CalClient,
  CalConfigError,
  CalConnectionError,
  CalPolicyError,
  CalTimeoutError,
  ConflictError,
  ForbiddenError,
  MissingScopeError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "@calkit/client";
import { scopeMap } from "@calkit/scopes";
import { DEFAULT_MAX_RESULT_BYTES, fitToBudget } from "./budget.js";
import { toolDefinitions } from "./generated/definitions.gen.js";
import { closestNames } from "./suggest.js";
import type { ToolDefinition } from "./types.js";
import { checkArguments, describeValue } from "./validate.js";

export type ToolErrorKind =
  /** No tool has this name. */
  | "unknown_tool"
  /** The tool exists but is not in the caller's selection. */
  | "not_allowed"
  /** The arguments do not match the input schema; nothing was sent. */
  | "invalid_arguments"
  /** The OAuth token lacks the operation's scope (client-side check, or a 403 naming a scope). */
  | "missing_scope"
  /** 403: Cal.com refused (scope or role). */
  | "forbidden"
  /** 401: credentials missing, invalid or expired. */
  | "unauthorized"
  | "not_found"
  /** 400/422: Cal.com rejected the arguments. */
  | "bad_request"
  | "conflict"
  | "rate_limited"
  | "server_error"
  /** No response: connection failed. */
  | "connection"
  | "timeout"
  | "aborted"
  /** The client cannot make this call (e.g. no credentials for an operation that needs them). */
  | "config"
  /** A bug or an unexpected failure; the message says what. */
  | "internal";

export interface ToolError {
  readonly kind: ToolErrorKind;
  /** What went wrong and what to do next, written for a model. */
  readonly message: string;
  /** The argument at fault (`start`, `attendee.email`, `guests[1]`), when one is. */
  readonly field?: string;
  /** For rate limits: how long to wait. */
  readonly retryAfterSeconds?: number;
  /** The OAuth scope that is missing (or that the operation needs, for a 403). */
  readonly scope?: string;
  /** Whether calling again unchanged may succeed and cannot do harm (never true when it could repeat a write). */
  readonly retryable?: boolean;
  /** The HTTP status Cal.com answered with, when it answered. */
  readonly status?: number;
}

export type ToolCallResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly truncated?: true;
      readonly notes?: readonly string[];
    }
  | { readonly ok: false; readonly error: ToolError };

/** What the executor needs of a client: its operations (never `raw`, which a guard leaves out). */
export type ExecutorClient = Omit<CalClient, "raw">;

export interface ExecuteOptions {
  /**
   * A client from `createCalClient` (or a guard's client). With `oauth.scopes` set it refuses calls
   * the token cannot make.
   */
  readonly client: ExecutorClient;
  /**
   * The tools the caller may use (e.g. from `selectTools`). A tool outside it is refused with
   * `not_allowed` before anything is sent. Default: all 41.
   */
  readonly tools?: readonly ToolDefinition[];
  /** Budget of the whole result as UTF-8 JSON. Default 16 000. */
  readonly maxResultBytes?: number;
  readonly signal?: AbortSignal;
  /** Extra HTTP headers for this call (e.g. `Prefer: code=429` against a Prism mock). */
  readonly headers?: Record<string, string>;
  /** Per-attempt timeout, overriding the client's. */
  readonly timeoutMs?: number;
  /** Retries, overriding the client's (the client never resends a write that may have arrived). */
  readonly maxRetries?: number;
}

type Method = (
  args: Record<string, unknown>,
  options?: Record<string, unknown>,
) => Promise<unknown>;

/**
 * Validates `args` against the tool's input schema and, if they are valid, calls
 * `client[resource][verb](args)`. `name` is a tool name (`cal_bookings_list`) or an operation id
 * (`bookings.list`). Resolves with `{ ok: true, data }` or `{ ok: false, error }`; never rejects.
 */
export async function executeToolCall(
  name: unknown,
  args: unknown,
  options: ExecuteOptions,
): Promise<ToolCallResult> {
  try {
    return await execute(name, args, options);
  } catch (error) {
    return failure({
      kind: "internal",
      message: `Unexpected error in the tool executor: ${errorText(error)}.`,
      retryable: false,
    });
  }
}

async function execute(
  name: unknown,
  args: unknown,
  options: ExecuteOptions,
): Promise<ToolCallResult> {
  const allowed = options?.tools ?? toolDefinitions;
  const found = findTool(name, allowed);
  if ("error" in found) return failure(found.error);
  const tool = found.tool;

  const checked = checkArguments(tool, args);
  if (!checked.ok) {
    return failure({
      kind: "invalid_arguments",
      message: `${checked.message} Nothing was sent; fix the arguments and call ${tool.name} again.`,
      ...(checked.field !== undefined ? { field: checked.field } : {}),
      retryable: false,
    });
  }

  const client = options?.client;
  const method = methodOf(client, tool.operationId);
  if (!method) {
    return failure({
      kind: "config",
      message: `The executor was given no usable client for ${tool.operationId} (pass the client from createCalClient).`,
      retryable: false,
    });
  }

  let data: unknown;
  try {
    data = await method(checked.args, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    });
  } catch (error) {
    return failure(describeFailure(error, tool, checked.args, allowed, client));
  }
  const fitted = fitToBudget(data, options.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES);
  const notes = [...(checked.coerced ?? []), ...(fitted.truncated ? fitted.notes : [])];
  return {
    ok: true,
    data: fitted.data,
    ...(fitted.truncated ? { truncated: true as const } : {}),
    ...(notes.length ? { notes } : {}),
  };
}

function failure(error: ToolError): ToolCallResult {
  return { ok: false, error };
}

// ---------------------------------------------------------------------------------------------
// Finding the tool.

type Found = { tool: ToolDefinition } | { error: ToolError };

function findTool(name: unknown, allowed: readonly ToolDefinition[]): Found {
  const names = allowed.map((t) => t.name);
  if (typeof name !== "string" || name === "") {
    return {
      error: {
        kind: "unknown_tool",
        message: `The tool name must be a non-empty string; got ${describeValue(name)}. Available tools: ${list(names)}.`,
        retryable: false,
      },
    };
  }
  const tool = allowed.find((t) => t.name === name || t.operationId === name);
  if (tool) return { tool };
  const shown = name.length > 64 ? `${name.slice(0, 64)}…` : name;
  const existing = toolDefinitions.find((t) => t.name === name || t.operationId === name);
  if (existing) {
    const why = existing.scope
      ? ` (it needs the OAuth scope ${existing.scope}${existing.access === "write" ? " and is a write" : ""})`
      : existing.access === "write"
        ? " (it is a write)"
        : "";
    return {
      error: {
        kind: "not_allowed",
        message: `The tool ${existing.name} exists but is not available to you${why}. Nothing was sent. Use one of: ${list(names)}.`,
        ...(existing.scope ? { scope: existing.scope } : {}),
        retryable: false,
      },
    };
  }
  const close = closestNames(name, [...names, ...allowed.map((t) => t.operationId)], 3).map(
    (n) => allowed.find((t) => t.name === n || t.operationId === n)?.name ?? n,
  );
  const suggestion = close.length ? ` Did you mean ${[...new Set(close)].join(", ")}?` : "";
  return {
    error: {
      kind: "unknown_tool",
      message: `Unknown tool "${shown}".${suggestion} Available tools: ${list(names)}.`,
      retryable: false,
    },
  };
}

function list(names: readonly string[]): string {
  if (!names.length) return "(none)";
  return names.length > 45 ? `${names.slice(0, 45).join(", ")}, …` : names.join(", ");
}

function methodOf(client: ExecutorClient | undefined, operationId: string): Method | undefined {
  if (!client || typeof client !== "object") return undefined;
  const [resource, verb] = operationId.split(".") as [string, string];
  const group = (client as unknown as Record<string, unknown>)[resource];
  if (!group || typeof group !== "object") return undefined;
  const method = (group as Record<string, unknown>)[verb];
  return typeof method === "function" ? (method as Method) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Errors from the client → what the model should do.

function describeFailure(
  error: unknown,
  tool: ToolDefinition,
  args: Record<string, unknown>,
  allowed: readonly ToolDefinition[],
  client: ExecutorClient,
): ToolError {
  const op = tool.name;
  const idempotent = isIdempotent(tool, client);

  if (error instanceof CalPolicyError) {
    return {
      kind: "not_allowed",
      message: `Not allowed: ${error.reason}. A policy forbids ${op}; nothing was sent. Do not retry it, and tell the user if they asked for it.`,
      retryable: false,
    };
  }
  if (error instanceof MissingScopeError) {
    return {
      kind: "missing_scope",
      message: `${op} needs the OAuth scope ${error.scope}, which this token was not granted. Nothing was sent. Ask the user to grant ${error.scope}, or do something else with the tools you have.`,
      scope: error.scope,
      retryable: false,
    };
  }
  if (error instanceof CalApiError) {
    const said = calComSaid(error, tool.operationId);
    const status = error.status;
    if (error instanceof RateLimitedError) {
      const seconds =
        error.retryAfterMs === undefined
          ? undefined
          : Math.max(1, Math.ceil(error.retryAfterMs / 1000));
      return {
        kind: "rate_limited",
        message:
          seconds === undefined
            ? "Rate limited by Cal.com (429): wait before retrying (Cal.com allows about 120 requests a minute per credential). The request was not processed."
            : `Rate limited by Cal.com (429): retry after ${seconds} s. The request was not processed.`,
        ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}),
        retryable: true,
        status,
      };
    }
    if (error instanceof ForbiddenError) {
      const role = roleOf(tool.operationId);
      const needs = [
        tool.scope ? `the OAuth scope ${tool.scope}` : undefined,
        role ? `the role "${role}"` : undefined,
      ]
        .filter(Boolean)
        .join(" and ");
      return {
        kind: "forbidden",
        message: `Cal.com refused ${op} (403 Forbidden)${needs ? `: it needs ${needs}, which these credentials may lack` : ""}.${said ? ` Cal.com said: ${said}.` : ""} Do not retry with the same credentials.`,
        ...(tool.scope ? { scope: tool.scope } : {}),
        retryable: false,
        status,
      };
    }
    if (error instanceof UnauthorizedError) {
      return {
        kind: "unauthorized",
        message: `Cal.com rejected the credentials (401): they are missing, invalid or expired.${said ? ` Cal.com said: ${said}.` : ""} Retrying will not help; the user must sign in again or fix the API key.`,
        retryable: false,
        status,
      };
    }
    if (error instanceof NotFoundError) {
      const ids = tool.arguments.path
        .filter((p) => args[p] !== undefined)
        .map((p) => `${p} = ${JSON.stringify(args[p])}`);
      const lister = listToolFor(tool, allowed);
      return {
        kind: "not_found",
        message: `Not found (404): ${ids.length ? `nothing with ${ids.join(", ")}` : "the requested item does not exist"} or it is not visible to these credentials.${said ? ` Cal.com said: ${said}.` : ""} Check the id${lister ? ` (e.g. with ${lister})` : ""}; do not retry unchanged.`,
        ...(ids.length === 1
          ? { field: tool.arguments.path.find((p) => args[p] !== undefined) }
          : {}),
        retryable: false,
        status,
      };
    }
    if (error instanceof BadRequestError || error instanceof UnprocessableEntityError) {
      const details = detailsText(error.details);
      return {
        kind: "bad_request",
        message: `Cal.com rejected the request (${status}): ${said || "bad request"}.${details ? ` Details: ${details}.` : ""} Fix the arguments and call again.`,
        retryable: false,
        status,
      };
    }
    if (error instanceof ConflictError) {
      return {
        kind: "conflict",
        message: `Conflict (409): ${said || "the request conflicts with the current state"}. Read the current state before trying again.`,
        retryable: false,
        status,
      };
    }
    if (status >= 500 || status < 400) {
      return {
        kind: "server_error",
        message: `Cal.com failed to answer ${op} properly (${status}${said ? `: ${said}` : ""}). ${retryAdvice(tool, idempotent, true, allowed)}`,
        retryable: idempotent,
        status,
      };
    }
    return {
      kind: "bad_request",
      message: `Cal.com refused the request (${status})${said ? `: ${said}` : ""}. Do not retry unchanged.`,
      retryable: false,
      status,
    };
  }
  if (error instanceof CalTimeoutError) {
    return {
      kind: "timeout",
      message: `Cal.com did not answer ${op} in time. ${retryAdvice(tool, idempotent, true, allowed)}`,
      retryable: idempotent,
    };
  }
  if (error instanceof CalConnectionError) {
    const reached = error.requestMayHaveReachedServer;
    return {
      kind: "connection",
      message: `The connection to Cal.com failed for ${op}. ${retryAdvice(tool, idempotent, reached, allowed)}`,
      retryable: idempotent || !reached,
    };
  }
  if (error instanceof CalAbortError) {
    return {
      kind: "aborted",
      message: `The call to ${op} was cancelled before it finished.${tool.access === "write" && !idempotent ? ` It may or may not have taken effect; check before calling again${listToolFor(tool, allowed) ? ` (e.g. with ${listToolFor(tool, allowed)})` : ""}.` : ""}`,
      retryable: false,
    };
  }
  if (error instanceof CalConfigError) {
    return {
      kind: "config",
      message: `${op} cannot be called with this client: ${stripOperation(error.message, tool.operationId)}. Nothing was sent.`,
      retryable: false,
    };
  }
  return {
    kind: "internal",
    message: `Unexpected error while calling ${op}: ${errorText(error)}.`,
    retryable: false,
  };
}

/** Whether resending is safe: reads and idempotent writes are; other writes only if nothing arrived. */
function retryAdvice(
  tool: ToolDefinition,
  idempotent: boolean,
  mayHaveReached: boolean,
  allowed: readonly ToolDefinition[],
): string {
  if (!mayHaveReached) return "Nothing reached Cal.com, so it is safe to retry.";
  if (tool.access === "read") return "It only reads, so it is safe to retry after a short wait.";
  if (idempotent) return "It is idempotent, so it is safe to retry after a short wait.";
  const lister = listToolFor(tool, allowed);
  return `It is NOT safe to retry: the request may have reached Cal.com, and ${tool.name} is not idempotent, so a retry could do it twice. Check first whether it took effect${lister ? ` (e.g. with ${lister})` : ""}.`;
}

function isIdempotent(tool: ToolDefinition, client: ExecutorClient): boolean {
  const meta = (client?.operations as Record<string, { idempotent?: boolean }> | undefined)?.[
    tool.operationId
  ];
  if (typeof meta?.idempotent === "boolean") return meta.idempotent;
  return tool.access === "read" || tool.annotations.idempotentHint;
}

function roleOf(operationId: string): string | null {
  return (scopeMap as Record<string, { role?: string | null }>)[operationId]?.role ?? null;
}

/** The read tool to check the state with: `<resource>.list` (or `.get`) when the caller has it. */
function listToolFor(tool: ToolDefinition, allowed: readonly ToolDefinition[]): string | undefined {
  const candidates = allowed.filter((t) => t.resource === tool.resource && t.access === "read");
  return (candidates.find((t) => t.operationId.endsWith(".list")) ?? candidates[0])?.name;
}

/** Cal.com's own message, without the client's "<operation>: " prefix and "(HTTP …)" suffix. */
function calComSaid(error: CalApiError, operationId: string): string {
  return stripOperation(error.message, operationId)
    .replace(/\s*\(HTTP \d+[^)]*\)$/, "")
    .trim();
}

function stripOperation(message: string, operationId: string): string {
  const text = message.startsWith(`${operationId}: `)
    ? message.slice(operationId.length + 2)
    : message;
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

function detailsText(details: unknown): string {
  if (details === undefined || details === null) return "";
  try {
    const text = typeof details === "string" ? details : JSON.stringify(details);
    return text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return "";
  }
}

function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return "unknown error";
  }
}
