/**
 * Gemini function declarations (`tools: [toGeminiTool(defs)]`) whose arguments are described by
 * `parametersJsonSchema`: "the parameters to the function in JSON Schema format. The schema must
 * describe an object where the properties are the parameters to the function" (the Gemini API's
 * and `@google/genai`'s `FunctionDeclaration`; mutually exclusive with `parameters`).
 *
 * Why not `parameters`: that field takes Gemini's own `Schema` (an OpenAPI 3.0 subset), which the
 * SDK types with its `Type` enum; a string such as `"OBJECT"` is not assignable to a TypeScript
 * enum, so neither a typed module nor `schemas/gemini.json` could fit the SDK's `Tool` without a
 * cast. `parametersJsonSchema` is `unknown` in the SDK, so every declaration here is a
 * `FunctionDeclaration` as it is.
 *
 * The schema is the closed MCP input schema (`key-value-pairs.ts`): listed properties, `required`,
 * `additionalProperties: false`, open objects (`metadata`) as lists of `{ key, value }` pairs. That
 * is what `@google/genai`'s own `mcpToTool` sends for an MCP tool, so both ways into Gemini carry
 * the same schema. Names fit Gemini's rule ("Must start with a letter or an underscore. Must be
 * a-z, A-Z, 0-9, or contain underscores, dots, colons and dashes, with a maximum length of 128").
 */
import type { ToolDefinition } from "../types.js";
import { decodeToolArguments } from "./decode-arguments.js";
import { type ClosedObjectSchema, closedInputSchema } from "./key-value-pairs.js";

export interface GeminiFunctionDeclaration {
  name: string;
  description: string;
  /** The closed JSON Schema of the arguments (an object, `{ properties: {} }` when there are none). */
  parametersJsonSchema: ClosedObjectSchema;
}

/** One Gemini `Tool` holding every declaration: `tools: [toGeminiTool(defs)]`. */
export interface GeminiTool {
  functionDeclarations: GeminiFunctionDeclaration[];
}

export function toGeminiFunctionDeclaration(definition: ToolDefinition): GeminiFunctionDeclaration {
  return {
    name: definition.name,
    description: definition.description,
    parametersJsonSchema: closedInputSchema(definition.inputSchema),
  };
}

export function toGeminiFunctionDeclarations(
  definitions: readonly ToolDefinition[],
): GeminiFunctionDeclaration[] {
  return definitions.map(toGeminiFunctionDeclaration);
}

/** `{ functionDeclarations }`: one entry of a request's `tools`, the SDK's `Tool` as it is. */
export function toGeminiTool(definitions: readonly ToolDefinition[]): GeminiTool {
  return { functionDeclarations: toGeminiFunctionDeclarations(definitions) };
}

/**
 * Neutral arguments from a Gemini `functionCall.args` of `definition`: a `null` on an optional
 * argument that cannot be null is removed (key/value pair lists are read back by the executor).
 */
export function decodeGeminiArguments(definition: ToolDefinition, args: unknown): unknown {
  return decodeToolArguments(definition, args, "unless-nullable");
}
