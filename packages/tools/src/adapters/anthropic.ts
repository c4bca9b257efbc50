/**
 * Anthropic Messages API tools (`tools: toAnthropicTools(defs)`).
 *
 * platform.claude.com/docs/en/agents-and-tools/tool-use/define-tools: each tool has a `name`
 * matching `^[a-zA-Z0-9_-]{1,64}$`, a `description`, and an `input_schema` that is "a JSON Schema
 * object defining the expected parameters" (the API reference: `type: "object"`). Claude reads JSON
 * Schema as it is, so the neutral input schema goes through unchanged: optional arguments stay
 * optional and free-form objects stay objects, and the arguments Claude sends are neutral already.
 */
import type { ToolCallResult } from "../executor.js";
import type { JsonSchema, ToolDefinition } from "../types.js";

export interface AnthropicTool {
  name: string;
  description: string;
  input_schema: JsonSchema & { type: "object" };
}

export function toAnthropicTool(definition: ToolDefinition): AnthropicTool {
  return {
    name: definition.name,
    description: definition.description,
    input_schema: { ...definition.inputSchema, type: "object" },
  };
}

export function toAnthropicTools(definitions: readonly ToolDefinition[]): AnthropicTool[] {
  return definitions.map(toAnthropicTool);
}

/** A `tool_result` content block (the SDK's `ToolResultBlockParam`) for the user turn. */
export interface AnthropicToolResult {
  type: "tool_result";
  tool_use_id: string;
  content: string;
  is_error: boolean;
}

/** The answer to one `tool_use` block: the executor's result as JSON text, an error when not ok. */
export function toAnthropicToolResult(
  toolUseId: string,
  result: ToolCallResult,
): AnthropicToolResult {
  return {
    type: "tool_result",
    tool_use_id: toolUseId,
    content: JSON.stringify(result),
    is_error: !result.ok,
  };
}
