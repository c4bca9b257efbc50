export { SpecError, SpecErrors } from "./errors";
export { CLIENT_DIR, type GenerateOptions, generate, readSpec } from "./generate";
export { type ApiModel, buildModel, type OperationModel, type ParameterModel } from "./model";
export { pascalCase, snakeCase } from "./naming";
export { type GeneratedFile, type WriteResult, writeFiles } from "./output";
export { cacheKey, diskCache, type ResultCache } from "./result-cache";
