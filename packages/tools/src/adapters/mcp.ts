/**
 * Model Context Protocol tools, as `tools/list` returns them (schema 2025-06-18, `Tool`):
 * `name` and `title` (BaseMetadata), `description`, `inputSchema` and `outputSchema` (JSON Schema
 * objects with `type: "object"`), and `annotations` (ToolAnnotations: title, readOnlyHint,
 * destructiveHint, idempotentHint, openWorldHint). The neutral definitions were shaped after MCP,
 * so this is a projection: the output schema describes the `structuredContent` of a successful
 * call (`{ data, pagination? }`).
 */
import type { JsonSchema, ToolAnnotations, ToolDefinition } from "../types.js";

export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema & { type: "object" };
  /** Left out with `{ outputSchema: false }`. */
  outputSchema?: JsonSchema & { type: "object" };
  annotations: ToolAnnotations;
}

export interface McpToolOptions {
  /**
   * Include `outputSchema` (default true). The output schemas are most of the list's size (about
   * 20,000 of 28,000 o200k tokens for all 41 tools), which matters to clients that show them to
   * the model; without one, a server must not promise `structuredContent` of that shape.
   */
  outputSchema?: boolean;
}

export function toMcpTool(definition: ToolDefinition, options: McpToolOptions = {}): McpTool {
  const tool: McpTool = {
    name: definition.name,
    title: definition.title,
    description: definition.description,
    inputSchema: { ...definition.inputSchema, type: "object" },
    outputSchema: { ...definition.outputSchema, type: "object" },
    annotations: { ...definition.annotations },
  };
  if (options.outputSchema === false) delete tool.outputSchema;
  return tool;
}

export function toMcpTools(
  definitions: readonly ToolDefinition[],
  options: McpToolOptions = {},
): McpTool[] {
  return definitions.map((d) => toMcpTool(d, options));
}
