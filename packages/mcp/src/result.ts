/**
 * Tool call results as MCP returns them: `structuredContent` shaped like the tool's output schema
 * (`{ data, pagination? }`) plus the same JSON as bounded text, or an `isError` result whose text
 * tells the model what to do next. Error details ride along in `_meta["calkit/error"]`.
 */
import type { ToolCallResult, ToolDefinition, ToolError } from "@calkit/tools";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** `_meta` key of the structured error (kind, field, retryAfterSeconds, scope, retryable, status). */
export const ERROR_META = "calkit/error";
/** `_meta` key listing what a shortened result left out. */
export const TRUNCATED_META = "calkit/truncated";

type Success = Extract<ToolCallResult, { ok: true }>;

/** Whether the tool's structured content carries Cal.com's `pagination` next to `data`. */
function paginated(tool: ToolDefinition): boolean {
  const properties = tool.outputSchema.properties as Record<string, unknown> | undefined;
  return Boolean(properties && "pagination" in properties);
}

/** `{ data }`, or the client's `{ data, pagination }` as is for paginated operations. */
export function structuredOf(tool: ToolDefinition, data: unknown): Record<string, unknown> {
  if (
    paginated(tool) &&
    data !== null &&
    typeof data === "object" &&
    !Array.isArray(data) &&
    "data" in data
  ) {
    return data as Record<string, unknown>;
  }
  return { data: data ?? null };
}

const encoder = new TextEncoder();

/** JSON text of `value`, cut to `maxBytes` of UTF-8 (never mid-character) with a marker when cut. */
export function boundedJson(value: unknown, maxBytes: number): string {
  const text = JSON.stringify(value) ?? "null";
  const bytes = encoder.encode(text);
  if (bytes.length <= maxBytes) return text;
  const marker = ` … [cut at ${maxBytes} bytes of ${bytes.length}; the whole result is in structuredContent]`;
  let end = Math.max(0, maxBytes - encoder.encode(marker).length);
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--; // not inside a UTF-8 sequence
  return `${new TextDecoder().decode(bytes.subarray(0, end))}${marker}`;
}

export function successResult(
  structured: Record<string, unknown>,
  result: Success,
  maxTextBytes: number,
): CallToolResult {
  const content: CallToolResult["content"] = [
    { type: "text", text: boundedJson(structured, maxTextBytes) },
  ];
  if (!result.truncated) return { content, structuredContent: structured };
  const notes = result.notes ?? [];
  content.push({
    type: "text",
    text: `This result was shortened to fit the size budget: ${notes.join("; ") || "some values were cut"}.`,
  });
  return { content, structuredContent: structured, _meta: { [TRUNCATED_META]: notes } };
}

export function errorResult(error: ToolError): CallToolResult {
  return {
    content: [{ type: "text", text: error.message }],
    isError: true,
    _meta: { [ERROR_META]: { ...error } },
  };
}

/**
 * A call that worked but whose answer does not match the schema the client will check it against
 * (Cal.com changed, or returned nulls the spec does not allow): as text, flagged so the model does
 * not take it for a failure to repeat.
 */
export function unconformingResult(
  tool: ToolDefinition,
  structured: Record<string, unknown>,
  problem: string,
  maxTextBytes: number,
): CallToolResult {
  return errorResult({
    kind: "internal",
    message:
      `${tool.name} succeeded at Cal.com, but its answer does not match the tool's declared output schema (${problem}), ` +
      `so it comes as text only. Do not call it again for this; use the answer below.\n${boundedJson(structured, maxTextBytes)}`,
    retryable: false,
  });
}
