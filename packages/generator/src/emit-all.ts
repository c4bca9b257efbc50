/**
 * Every output file of the generator, one builder each. Loaded only once the spec has passed the
 * model's checks, so a bad spec is reported without loading ts-morph and openapi-typescript.
 */
import { emitClientOperations, emitOperationsMeta } from "./emitters/client-operations";
import { emitClientSchema } from "./emitters/client-schema";
import { emitGeneratedReadme } from "./emitters/generated-readme";
import { emitGuard, GUARD_DIR } from "./emitters/guard";
import { emitScopeMap, SCOPES_DIR } from "./emitters/scope-map";
import { buildToolDefinitions, emitToolDefinitions, TOOLS_DIR } from "./emitters/tool-definitions";
import { emitToolSchemaModules } from "./emitters/tool-schema-modules";
import { emitWebhooks } from "./emitters/webhooks";
import type { ApiModel } from "./model";
import { CLIENT_DIR, type GeneratedFile, type GeneratorContext } from "./output";

export async function emitAll(
  model: ApiModel,
  context: GeneratorContext,
): Promise<GeneratedFile[]> {
  const toolDefinitions = buildToolDefinitions(model);
  return [
    await emitClientSchema(model, context, CLIENT_DIR),
    emitOperationsMeta(model, context, CLIENT_DIR),
    emitClientOperations(model, context, CLIENT_DIR),
    emitGeneratedReadme(
      CLIENT_DIR,
      context,
      "The client's types (`schema.gen.ts`, by openapi-typescript), the runtime metadata of each\noperation (`operations.gen.ts`) and the typed operation methods (`client.gen.ts`).",
    ),
    ...emitScopeMap(model, context),
    emitGeneratedReadme(
      SCOPES_DIR,
      context,
      "The permission model of every operation (`scope-map.gen.ts`; also `../../scope-map.json`).",
    ),
    ...emitToolDefinitions(model, context, toolDefinitions),
    ...emitToolSchemaModules(context, toolDefinitions),
    emitGeneratedReadme(
      TOOLS_DIR,
      context,
      "The neutral tool definition of every operation (`definitions.gen.ts`; also `../../schemas/*.json`),\nand each format of `../../schemas/*.json` as a typed module (`schemas/<format>.gen.ts`).",
    ),
    ...(await emitWebhooks(model, context)),
    ...emitGuard(model, context),
    emitGeneratedReadme(
      GUARD_DIR,
      context,
      "The audit phrases of every operation (`audit.gen.ts`; the policy file schema is `../../policy.schema.json`).",
    ),
  ];
}
