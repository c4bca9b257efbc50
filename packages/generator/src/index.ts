export { SpecError, SpecErrors } from "./errors";
export { CLIENT_DIR, generate, readSpec, type GenerateOptions } from "./generate";
export { buildModel, type ApiModel, type OperationModel, type ParameterModel } from "./model";
export { pascalCase, snakeCase } from "./naming";
export { writeFiles, type GeneratedFile, type WriteResult } from "./output";
