import type { CalClient } from "@calkit/client";
import { executeToolCall, type ToolCallResult, type ToolDefinition } from "@calkit/tools";

/** One call as a model made it: `name` and `args` straight from the provider's tool call. */
export function runToolCall(
  cal: CalClient,
  name: string,
  args: unknown,
  tools: readonly ToolDefinition[],
  signal?: AbortSignal,
): Promise<ToolCallResult> {
  return executeToolCall(name, args, {
    client: cal, // from createCalClient
    tools, // optional: the selection; other tools are refused (default: all 41)
    maxResultBytes: 16_000, // optional: budget of the whole result as UTF-8 JSON
    ...(signal ? { signal } : {}), // optional: AbortSignal
    // also: headers, timeoutMs, maxRetries, passed to the client for this call
  });
  // { ok: true, data, truncated?: true, notes?: string[] }
  // { ok: false, error: { kind, message, field?, retryAfterSeconds?, scope?, retryable?, status? } }
}
