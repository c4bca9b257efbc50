/** packages/client/src/generated/schema.gen.ts: the spec's types, by openapi-typescript. */
import type { OpenAPITSOptions } from "openapi-typescript";
import type { ApiModel } from "../model";
import { openapiTypes, openapiTypesWillRun } from "../openapi-types";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

// emptyObjectsUnknown: a free-form `{ type: object }` (metadata, booking form answers) accepts
// any keys instead of none; defaultNonNullable: false, a field with a server-side default stays
// optional in requests.
const OPTIONS: OpenAPITSOptions = {
  alphabetize: true,
  exportType: false,
  emptyObjectsUnknown: true,
  defaultNonNullable: false,
};

export async function emitClientSchema(
  model: ApiModel,
  context: GeneratorContext,
  dir: string,
): Promise<GeneratedFile> {
  const types = await openapiTypes(model.document, OPTIONS, context.cache);
  return tsFile(`${dir}/schema.gen.ts`, context, types);
}

/** True when it is known ahead that openapi-typescript will run for the client's types. */
export function clientSchemaWillRun(model: ApiModel, context: GeneratorContext): boolean {
  return openapiTypesWillRun(model.document, OPTIONS, context.cache);
}
