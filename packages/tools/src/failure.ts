/**
 * What the executor tells a model about a failed call, one table row per error class. Whether the
 * call is safe to repeat comes from the client's own retry rules (`shouldRetry`), never a copy.
 */
import {
  BadRequestError,
  CalAbortError,
  CalApiError,
  CalConfigError,
  CalConnectionError,
  CalRefusedError,
  CalTimeoutError,
  ConflictError,
  ForbiddenError,
  MissingScopeError,
  NotFoundError,
  type OperationMeta,
  RateLimitedError,
  shouldRetry,
  UnauthorizedError,
  UnprocessableEntityError,
} from "@calkit/client";
import { scopeMap } from "@calkit/scopes";
import type { ToolDefinition } from "./types.js";

export type ToolErrorKind =
  /** No tool has this name. */
  | "unknown_tool"
  /** The tool exists but is not in the caller's selection, or a policy refused the call. */
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

/** What a row needs to know about the failed call. */
export interface FailedCall {
  readonly tool: ToolDefinition;
  readonly operation: OperationMeta;
  readonly args: Readonly<Record<string, unknown>>;
  /** The tools the caller may use (for "check with …" advice). */
  readonly allowed: readonly ToolDefinition[];
}

type Advice = Omit<ToolError, "retryable">;
// biome-ignore lint/suspicious/noExplicitAny: rows are matched with instanceof over any error class.
type ErrorClass = abstract new (...args: any[]) => Error;
type Row<E extends Error = Error> = readonly [ErrorClass, (error: E, call: FailedCall) => Advice];

function row<E extends Error>(
  errorClass: abstract new (...args: never[]) => E,
  advise: (error: E, call: FailedCall) => Advice,
): Row {
  return [errorClass as unknown as ErrorClass, advise as Row[1]];
}

/** The first row whose class the error is an instance of decides (subclasses come first). */
const ADVICE: readonly Row[] = [
  row(CalRefusedError, (error, { tool }) => ({
    kind: "not_allowed",
    message: `Not allowed: ${error.reason}. This agent's policy forbids ${tool.name} and nothing was sent; do not retry it, and tell the user if they asked for it.`,
  })),
  row(MissingScopeError, (error, { tool }) => ({
    kind: "missing_scope",
    message: `${tool.name} needs the OAuth scope ${error.scope}, which this token was not granted. Nothing was sent. Ask the user to grant ${error.scope}, or do something else with the tools you have.`,
    scope: error.scope,
  })),
  row(RateLimitedError, (error) => {
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
      status: error.status,
    };
  }),
  row(ForbiddenError, (error, { tool }) => {
    const role = roleOf(tool.operationId);
    const needs = [
      tool.scope ? `the OAuth scope ${tool.scope}` : undefined,
      role ? `the role "${role}"` : undefined,
    ]
      .filter(Boolean)
      .join(" and ");
    return {
      kind: "forbidden",
      message: `Cal.com refused ${tool.name} (403 Forbidden)${needs ? `: it needs ${needs}, which these credentials may lack` : ""}.${saidText(error)} Do not retry with the same credentials.`,
      ...(tool.scope ? { scope: tool.scope } : {}),
      status: error.status,
    };
  }),
  row(UnauthorizedError, (error) => ({
    kind: "unauthorized",
    message: `Cal.com rejected the credentials (401): they are missing, invalid or expired.${saidText(error)} Retrying will not help; the user must sign in again or fix the API key.`,
    status: error.status,
  })),
  row(NotFoundError, (error, { tool, args, allowed }) => {
    const named = tool.arguments.path.filter((p) => args[p] !== undefined);
    const ids = named.map((p) => `${p} = ${JSON.stringify(args[p])}`);
    const lister = readToolFor(tool, allowed);
    return {
      kind: "not_found",
      message: `Not found (404): ${ids.length ? `nothing with ${ids.join(", ")}` : "the requested item does not exist"} or it is not visible to these credentials.${saidText(error)} Check the id${lister ? ` (e.g. with ${lister})` : ""}; do not retry unchanged.`,
      ...(named.length === 1 ? { field: named[0] } : {}),
      status: error.status,
    };
  }),
  row(BadRequestError, rejected),
  row(UnprocessableEntityError, rejected),
  row(ConflictError, (error) => ({
    kind: "conflict",
    message: `Conflict (409): ${error.serverMessage ?? "the request conflicts with the current state"}. Read the current state before trying again.`,
    status: error.status,
  })),
  row(CalApiError, (error, call) =>
    error.status >= 500 || error.status < 400
      ? {
          kind: "server_error",
          message: `Cal.com failed to answer ${call.tool.name} properly (${error.status}${error.serverMessage ? `: ${error.serverMessage}` : ""}). ${retryAdvice(call, true)}`,
          status: error.status,
        }
      : {
          kind: "bad_request",
          message: `Cal.com refused the request (${error.status})${error.serverMessage ? `: ${error.serverMessage}` : ""}. Do not retry unchanged.`,
          status: error.status,
        },
  ),
  row(CalTimeoutError, (_error, call) => ({
    kind: "timeout",
    message: `Cal.com did not answer ${call.tool.name} in time. ${retryAdvice(call, true)}`,
  })),
  row(CalConnectionError, (error, call) => ({
    kind: "connection",
    message: `The connection to Cal.com failed for ${call.tool.name}. ${retryAdvice(call, error.requestMayHaveReachedServer)}`,
  })),
  row(CalAbortError, (_error, call) => {
    const lister = readToolFor(call.tool, call.allowed);
    return {
      kind: "aborted",
      message: `The call to ${call.tool.name} was cancelled before it finished.${call.tool.access === "write" && !call.operation.idempotent ? ` It may or may not have taken effect; check before calling again${lister ? ` (e.g. with ${lister})` : ""}.` : ""}`,
    };
  }),
  row(CalConfigError, (error, { tool, operation }) => ({
    kind: "config",
    message: `${tool.name} cannot be called with this client: ${withoutOperationPrefix(error.message, operation.id)}. Nothing was sent.`,
  })),
];

/** The error a model gets for `error`, raised by the call `call` describes. */
export function describeFailure(error: unknown, call: FailedCall): ToolError {
  const match = ADVICE.find(([errorClass]) => error instanceof errorClass);
  const advice: Advice = match
    ? match[1](error as Error, call)
    : {
        kind: "internal",
        message: `Unexpected error while calling ${call.tool.name}: ${errorText(error)}.`,
      };
  return { ...advice, retryable: shouldRetry(call.operation, error) };
}

function rejected(error: CalApiError): Advice {
  const details = detailsText(error.details);
  return {
    kind: "bad_request",
    message: `Cal.com rejected the request (${error.status}): ${error.serverMessage ?? "bad request"}.${details ? ` Details: ${details}.` : ""} Fix the arguments and call again.`,
    status: error.status,
  };
}

/** Whether resending is safe: reads and idempotent writes are; other writes only if nothing arrived. */
function retryAdvice({ tool, operation, allowed }: FailedCall, mayHaveReached: boolean): string {
  if (!mayHaveReached) return "Nothing reached Cal.com, so it is safe to retry.";
  if (tool.access === "read") return "It only reads, so it is safe to retry after a short wait.";
  if (operation.idempotent) return "It is idempotent, so it is safe to retry after a short wait.";
  const lister = readToolFor(tool, allowed);
  return `It is NOT safe to retry: the request may have reached Cal.com, and ${tool.name} is not idempotent, so a retry could do it twice. Check first whether it took effect${lister ? ` (e.g. with ${lister})` : ""}.`;
}

function roleOf(operationId: string): string | null {
  return (scopeMap as Record<string, { role?: string | null }>)[operationId]?.role ?? null;
}

/** The read tool to check the state with: the resource's `list` (or any read) the caller has. */
function readToolFor(tool: ToolDefinition, allowed: readonly ToolDefinition[]): string | undefined {
  const reads = allowed.filter((t) => t.resource === tool.resource && t.access === "read");
  return (reads.find((t) => t.operationId.endsWith(".list")) ?? reads[0])?.name;
}

/** Cal.com's own words, as a sentence to append; empty when it said nothing. */
function saidText(error: CalApiError): string {
  return error.serverMessage ? ` Cal.com said: ${clip(error.serverMessage, 500)}.` : "";
}

function withoutOperationPrefix(message: string, operationId: string): string {
  const text = message.startsWith(`${operationId}: `)
    ? message.slice(operationId.length + 2)
    : message;
  return clip(text, 500);
}

function detailsText(details: unknown): string {
  if (details === undefined || details === null) return "";
  try {
    return clip(typeof details === "string" ? details : JSON.stringify(details), 400);
  } catch {
    return "";
  }
}

export function errorText(error: unknown): string {
  try {
    return clip(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 300);
  } catch {
    return "unknown error";
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
