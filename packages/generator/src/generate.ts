/** Runs every emitter over the model of one spec. Pure: returns files, writes nothing. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { emitClientOperations, emitOperationsMeta } from "./emitters/client-operations";
import { emitClientSchema } from "./emitters/client-schema";
import { emitGeneratedReadme } from "./emitters/generated-readme";
import { GUARD_DIR, emitGuard } from "./emitters/guard";
import { SCOPES_DIR, emitScopeMap } from "./emitters/scope-map";
import { TOOLS_DIR, buildToolDefinitions, emitToolDefinitions } from "./emitters/tool-definitions";
import { emitWebhooks } from "./emitters/webhooks";
import { SpecError, SpecErrors } from "./errors";
import { type ApiModel, buildModel } from "./model";
import type { GeneratedFile, GeneratorContext } from "./output";

export interface GenerateOptions {
  /** How the spec is named in headers; default "spec/openapi.yaml". */
  specName?: string;
}

export const CLIENT_DIR = "packages/client/src/generated";

export function readSpec(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new SpecErrors([new SpecError("", `cannot read the spec at ${path}`)]);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new SpecErrors([new SpecError("", `not valid YAML/JSON: ${(error as Error).message}`)]);
  }
}

export async function generate(spec: unknown, options: GenerateOptions = {}): Promise<{ model: ApiModel; files: GeneratedFile[] }> {
  const model = buildModel(spec);
  const context: GeneratorContext = { specName: options.specName ?? "spec/openapi.yaml" };
  const files: GeneratedFile[] = [
    await emitClientSchema(model, context, CLIENT_DIR),
    emitOperationsMeta(model, context, CLIENT_DIR),
    emitClientOperations(model, context, CLIENT_DIR),
    emitGeneratedReadme(CLIENT_DIR, context, "The client's types (`schema.gen.ts`, by openapi-typescript), the runtime metadata of each\noperation (`operations.gen.ts`) and the typed operation methods (`client.gen.ts`)."),
    ...emitScopeMap(model, context),
    emitGeneratedReadme(SCOPES_DIR, context, "The permission model of every operation (`scope-map.gen.ts`; also `../../scope-map.json`)."),
    ...emitToolDefinitions(model, context, buildToolDefinitions(model)),
    emitGeneratedReadme(TOOLS_DIR, context, "The neutral tool definition of every operation (`definitions.gen.ts`; also `../../schemas/*.json`)."),
    ...(await emitWebhooks(model, context)),
    ...emitGuard(model, context),
    emitGeneratedReadme(GUARD_DIR, context, "The audit phrases of every operation (`audit.gen.ts`; the policy file schema is `../../policy.schema.json`)."),
  ];
  return { model, files };
}
