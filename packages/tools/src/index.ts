/**
 * @calkit/tools — agent tool definitions for Cal.com API v2, generated from the spec.
 */
export { type ToolName, toolDefinitions } from "./generated/definitions.gen.js";
export type { ArgumentLocations, JsonSchema, ToolAnnotations, ToolDefinition } from "./types.js";
