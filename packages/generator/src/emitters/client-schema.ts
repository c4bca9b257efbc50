/** packages/client/src/generated/schema.gen.ts: the spec's types, by openapi-typescript. */
import openapiTS, { astToString } from "openapi-typescript";
import type { ApiModel } from "../model";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

export async function emitClientSchema(
  model: ApiModel,
  context: GeneratorContext,
  dir: string,
): Promise<GeneratedFile> {
  // A copy: openapi-typescript annotates the object it is given. emptyObjectsUnknown: a free-form
  // `{ type: object }` (metadata, booking form answers) accepts any keys instead of none;
  // defaultNonNullable: false, a field with a server-side default stays optional in requests.
  const ast = await openapiTS(structuredClone(model.document) as never, {
    alphabetize: true,
    exportType: false,
    emptyObjectsUnknown: true,
    defaultNonNullable: false,
  });
  return tsFile(`${dir}/schema.gen.ts`, context, astToString(ast));
}
