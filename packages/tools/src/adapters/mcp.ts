/**
 * Model Context Protocol tools, as `tools/list` returns them (schema 2025-06-18, `Tool`):
 * `name` and `title` (BaseMetadata), `description`, `inputSchema` and `outputSchema` (JSON Schema
 * objects with `type: "object"`), and `annotations` (ToolAnnotations: title, readOnlyHint,
 * destructiveHint, idempotentHint, openWorldHint). The neutral definitions were shaped after MCP,
 * so this is a projection: the output schema describes the `structuredContent` of a successful
 * call (`{ data, pagination? }`). The input schema is closed for strict-mode bridges: no other
 * top-level arguments, and open objects (`metadata`) as lists of `{ key, value }` pairs, which the
 * executor reads back as objects.
 */
import type { JsonSchema, ToolAnnotations, ToolDefinition } from "../types.js";
import { type ClosedObjectSchema, closedInputSchema } from "./key-value-pairs.js";

export interface McpTool {
  name: string;
  title: string;
  description: string;
  /** Closed: listed properties, `required`, `additionalProperties: false`. */
  inputSchema: ClosedObjectSchema;
  /** Left out with `{ outputSchema: false }`. */
  outputSchema?: JsonSchema & { type: "object" };
  annotations: ToolAnnotations;
}

export interface McpToolOptions {
  /**
   * Include `outputSchema` (default true). The output schemas are most of the list's size (about
   * 11,000 of 19,000 o200k tokens for all 41 tools), which matters to clients that show them to
   * the model; without one, a server must not promise `structuredContent` of that shape.
   */
  outputSchema?: boolean;
}

export function toMcpTool(definition: ToolDefinition, options: McpToolOptions = {}): McpTool {
  const tool: McpTool = {
    name: definition.name,
    title: definition.title,
    description: definition.description,
    inputSchema: closedInputSchema(definition.inputSchema),
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
