/**
 * Format adapters: pure functions from neutral tool definitions to each provider's documented
 * shape. `formatSchemas` is what the generator writes to `packages/tools/schemas/*.json`.
 * (`arguments.ts`, which looks tools up in the generated definitions, is exported from the package
 * index instead, so the generator never imports its own output.)
 */
import type { ToolDefinition } from "../types.js";
import { type AnthropicTool, toAnthropicTools } from "./anthropic.js";
import { type GeminiTool, toGeminiTool } from "./gemini.js";
import { type McpTool, toMcpTools } from "./mcp.js";
import { type OpenAIChatTool, toOpenAITools } from "./openai.js";

export {
  type AnthropicTool,
  type AnthropicToolResult,
  toAnthropicTool,
  toAnthropicToolResult,
  toAnthropicTools,
} from "./anthropic.js";
export {
  decodeGeminiArguments,
  type GeminiFunctionDeclaration,
  type GeminiTool,
  toGeminiFunctionDeclaration,
  toGeminiFunctionDeclarations,
  toGeminiTool,
} from "./gemini.js";
export { type McpTool, type McpToolOptions, toMcpTool, toMcpTools } from "./mcp.js";
export {
  decodeOpenAIArguments,
  OPENAI_STRICT_FORMATS,
  type OpenAIChatTool,
  type OpenAIResponsesTool,
  toOpenAIResponsesTools,
  toOpenAIStrictSchema,
  toOpenAITools,
} from "./openai.js";
export { UnsupportedSchemaError } from "./schema-shape.js";
export { toVercelAiTools, type VercelAiTool, type VercelAiToolsOptions } from "./vercel-ai.js";

/** Each format's file under `schemas/`, as plain JSON values. */
export interface FormatSchemas {
  /** Chat Completions `tools` (strict mode). */
  openai: OpenAIChatTool[];
  /** Messages API `tools`. */
  anthropic: AnthropicTool[];
  /** One entry of `tools`: `{ functionDeclarations }`. */
  gemini: GeminiTool;
  /** What `tools/list` returns as `tools`. */
  mcp: McpTool[];
}

export function formatSchemas(definitions: readonly ToolDefinition[]): FormatSchemas {
  return {
    openai: toOpenAITools(definitions),
    anthropic: toAnthropicTools(definitions),
    gemini: toGeminiTool(definitions),
    mcp: toMcpTools(definitions),
  };
}
