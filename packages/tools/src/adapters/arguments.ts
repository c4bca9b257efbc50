/**
 * Undo the argument encodings of OpenAI strict mode and Gemini for a tool named by the model.
 * Kept apart from the adapters' index because it reads the generated definitions, which the
 * generator (which imports the adapters) must not depend on.
 */
import { toolDefinitions } from "../generated/definitions.gen.js";
import type { ToolDefinition } from "../types.js";
import { decodeGeminiArguments } from "./gemini.js";
import { decodeOpenAIArguments } from "./openai.js";

function find(
  definitions: readonly ToolDefinition[],
  name: string | undefined,
): ToolDefinition | undefined {
  return name === undefined ? undefined : definitions.find((d) => d.name === name);
}

/**
 * Neutral arguments from an OpenAI strict-mode call: `args` is `function.arguments` (JSON text) or
 * its parsed object. Optional arguments sent as `null` are removed and JSON-string arguments
 * (free-form objects) parsed. An unknown tool name or unparsable text comes back unchanged, for
 * `executeToolCall` to report.
 */
export function fromOpenAIArguments(
  name: string,
  args: unknown,
  definitions: readonly ToolDefinition[] = toolDefinitions,
): unknown {
  const definition = find(definitions, name);
  return definition ? decodeOpenAIArguments(definition, args) : args;
}

/**
 * Neutral arguments from a Gemini `functionCall` (`name`, `args`): a `null` Gemini sent for an
 * optional argument that cannot be null is removed (lists of key/value pairs are left for the
 * executor, which reads them as the object they spell). `name` may be undefined, as the SDK's `FunctionCall.name` is optional: the arguments then come
 * back unchanged and `executeToolCall` reports the missing tool.
 */
export function fromGeminiArguments(
  name: string | undefined,
  args: unknown,
  definitions: readonly ToolDefinition[] = toolDefinitions,
): unknown {
  const definition = find(definitions, name);
  return definition ? decodeGeminiArguments(definition, args) : args;
}
