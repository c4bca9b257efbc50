/** packages/client/src/generated/schema.gen.ts: the spec's types, by openapi-typescript. */
import type { ApiModel } from "../model";
import { openapiTypes } from "../openapi-types";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

export async function emitClientSchema(
  model: ApiModel,
  context: GeneratorContext,
  dir: string,
): Promise<GeneratedFile> {
  // emptyObjectsUnknown: a free-form `{ type: object }` (metadata, booking form answers) accepts
  // any keys instead of none; defaultNonNullable: false, a field with a server-side default stays
  // optional in requests.
  const types = await openapiTypes(
    model.document,
    { alphabetize: true, exportType: false, emptyObjectsUnknown: true, defaultNonNullable: false },
    context.cache,
  );
  return tsFile(`${dir}/schema.gen.ts`, context, types);
}
