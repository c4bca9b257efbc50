/**
 * Tool call results as MCP returns them: `structuredContent` shaped like the tool's output schema
 * (`{ data, pagination? }`) plus the same JSON as bounded text, or an `isError` result whose text
 * tells the model what to do next. Error details ride along in `_meta["calkit/error"]`.
 */
import type { ConformedOutput, ToolCallResult, ToolDefinition, ToolError } from "@calkit/tools";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** `_meta` key of the structured error (kind, field, retryAfterSeconds, scope, retryable, status). */
export const ERROR_META = "calkit/error";
/** `_meta` key listing what a shortened result left out. */
export const TRUNCATED_META = "calkit/truncated";
/** `_meta` key listing the values of Cal.com's answer that structuredContent leaves out (text has them). */
export const OMITTED_META = "calkit/omitted";

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

/**
 * A success: the whole answer as (bounded) text, and `structuredContent` as fitted to the tool's
 * output schema; values left out of it are listed in `_meta["calkit/omitted"]`.
 */
export function successResult(
  structured: Record<string, unknown>,
  result: Success,
  maxTextBytes: number,
  conformed: ConformedOutput = { value: structured, omitted: [] },
): CallToolResult {
  const content: CallToolResult["content"] = [
    { type: "text", text: boundedJson(structured, maxTextBytes) },
  ];
  const meta: Record<string, unknown> = {};
  if (conformed.omitted.length) meta[OMITTED_META] = conformed.omitted;
  if (result.truncated) {
    const notes = result.notes ?? [];
    meta[TRUNCATED_META] = notes;
    content.push({
      type: "text",
      text: `This result was shortened to fit the size budget: ${notes.join("; ") || "some values were cut"}.`,
    });
  }
  return {
    content,
    structuredContent: conformed.value,
    ...(Object.keys(meta).length ? { _meta: meta } : {}),
  };
}

export function errorResult(error: ToolError): CallToolResult {
  return {
    content: [{ type: "text", text: error.message }],
    isError: true,
    _meta: { [ERROR_META]: { ...error } },
  };
}
