/**
 * @calkit/tools — agent tool definitions for Cal.com API v2, generated from the spec.
 */

export { fromGeminiArguments, fromOpenAIArguments } from "./adapters/arguments.js";
export * from "./adapters/index.js";
export { DEFAULT_MAX_RESULT_BYTES, type FittedResult, fitToBudget } from "./budget.js";
export { type ConformedOutput, conformOutput, type OmittedValue } from "./conform-output.js";
export {
  CALL_OPERATION,
  createDynamicTools,
  DESCRIBE_OPERATION,
  type DynamicCallOptions,
  type DynamicTools,
  type DynamicToolsOptions,
  type OperationMatch,
  SEARCH_OPERATIONS,
} from "./dynamic.js";
export {
  type ExecuteOptions,
  type ExecutorClient,
  executeToolCall,
  type ToolCallResult,
  type ToolError,
  type ToolErrorKind,
} from "./executor.js";
export { type ToolName, toolDefinitions } from "./generated/definitions.gen.js";
export {
  type SelectToolsOptions,
  selectTools,
  type ToolGrant,
  ToolSelectionError,
} from "./select.js";
export { firstSentence } from "./text.js";
export type { ArgumentLocations, JsonSchema, ToolAnnotations, ToolDefinition } from "./types.js";
export {
  type ArgumentCheck,
  type ArgumentProblem,
  checkArguments,
  describeValue,
  MAX_DEPTH,
  MAX_STRING_LENGTH,
  MAX_VALUES,
} from "./validate.js";
