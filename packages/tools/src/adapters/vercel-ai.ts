/**
 * Vercel AI SDK v5 tools. The SDK's `jsonSchema` helper is passed in, so @calkit/tools does not
 * depend on the `ai` package; each tool is what `tool({ description, inputSchema, execute })`
 * builds (ai-sdk.dev/docs/reference/ai-sdk-core/tool), keyed by tool name as `tools` expects.
 * The neutral input schema goes through unchanged: the SDK's providers adapt JSON Schema to their
 * model (its OpenAI provider, its Gemini provider), and the input reaching `execute` is neutral.
 *
 * @example
 *   import { generateText, jsonSchema, stepCountIs } from "ai";
 *   import { openai } from "@ai-sdk/openai";
 *   import { executeToolCall, toolDefinitions, toVercelAiTools } from "@calkit/tools";
 *
 *   const tools = toVercelAiTools(toolDefinitions, {
 *     jsonSchema,
 *     execute: (name, input) => executeToolCall(name, input, { client: cal }),
 *   });
 *   const { text } = await generateText({ model: openai("gpt-4o"), tools, stopWhen: stepCountIs(5), prompt });
 */
import type { JsonSchema, ToolDefinition } from "../types.js";

export interface VercelAiToolsOptions<Schema> {
  /** The SDK's helper: `import { jsonSchema } from "ai"`. */
  jsonSchema: (schema: JsonSchema) => Schema;
  /**
   * Runs one call; its result goes back to the model. Receives the tool name, the input and the
   * SDK's call options (`toolCallId`, `messages`, `abortSignal`). Without it the tools are
   * declarations only and the application handles the tool calls itself.
   */
  execute?: (name: string, input: unknown, options: unknown) => unknown;
}

export interface VercelAiTool<Schema> {
  description: string;
  inputSchema: Schema;
  execute?: (input: unknown, options: unknown) => Promise<unknown>;
}

export function toVercelAiTools<Schema>(
  definitions: readonly ToolDefinition[],
  options: VercelAiToolsOptions<Schema>,
): Record<string, VercelAiTool<Schema>> {
  const tools: Record<string, VercelAiTool<Schema>> = {};
  const run = options.execute;
  for (const d of definitions) {
    const entry: VercelAiTool<Schema> = {
      description: d.description,
      inputSchema: options.jsonSchema(d.inputSchema),
    };
    if (run) entry.execute = async (input, callOptions) => run(d.name, input, callOptions);
    tools[d.name] = entry;
  }
  return tools;
}
