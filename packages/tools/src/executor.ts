/**
 * Runs one tool call from a model: finds the tool, validates the arguments (ajv), calls the client,
 * and returns either a result trimmed to a size budget or an error a model can act on. It never
 * throws: bad model input, Cal.com errors and network failures all come back as `{ ok: false }`.
 */
import type { CalClient, OperationMeta } from "@calkit/client";
import { DEFAULT_MAX_RESULT_BYTES, fitToBudget } from "./budget.js";
import { describeFailure, errorText, type ToolError } from "./failure.js";
import { toolDefinitions } from "./generated/definitions.gen.js";
import { closestNames } from "./suggest.js";
import type { ToolDefinition } from "./types.js";
import { checkArguments, describeValue } from "./validate.js";

export type { ToolError, ToolErrorKind } from "./failure.js";

export type ToolCallResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly truncated?: true;
      readonly notes?: readonly string[];
    }
  | { readonly ok: false; readonly error: ToolError };

/**
 * What the executor needs of a client: `invoke` and the operation table (never `raw`, which a
 * guard leaves out). A client from `createCalClient`, or one with hooks such as a guard's.
 */
export type ExecutorClient = Pick<CalClient, "invoke" | "operations">;

export interface ExecuteOptions {
  /**
   * A client from `createCalClient` (or a guard's client). With `oauth.scopes` set it refuses calls
   * the token cannot make.
   */
  readonly client: ExecutorClient;
  /**
   * The tools the caller may use (e.g. from `selectTools`). A tool outside it is refused with
   * `not_allowed` before anything is sent. Default: every tool.
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

/**
 * Validates `args` against the tool's input schema and, if they are valid, calls
 * `client.invoke(operationId, args)`. `name` is a tool name (`cal_bookings_list`) or an operation id
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
  const operation = operationOf(client, tool.operationId);
  if (!client || !operation) {
    return failure({
      kind: "config",
      message: `The executor was given no usable client for ${tool.operationId} (pass the client from createCalClient).`,
      retryable: false,
    });
  }

  let data: unknown;
  try {
    data = await client.invoke(tool.operationId as never, checked.args as never, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    });
  } catch (error) {
    return failure(describeFailure(error, { tool, operation, args: checked.args, allowed }));
  }
  const fitted = fitToBudget(data, options.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES);
  return fitted.truncated
    ? { ok: true, data: fitted.data, truncated: true, notes: fitted.notes }
    : { ok: true, data: fitted.data };
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

/** The client's table entry for the tool's operation; undefined for anything that is not a client. */
function operationOf(
  client: ExecutorClient | undefined,
  operationId: string,
): OperationMeta | undefined {
  if (!client || typeof client !== "object" || typeof client.invoke !== "function")
    return undefined;
  const table = client.operations as Readonly<Record<string, OperationMeta>> | undefined;
  return table && Object.hasOwn(table, operationId) ? table[operationId] : undefined;
}
