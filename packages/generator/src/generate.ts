/** Runs every emitter over the model of one spec. Pure: returns files, writes nothing. */
import { readFileSync } from "node:fs";
import { load, YAMLException } from "js-yaml";
import { SpecError, SpecErrors } from "./errors";
import { type ApiModel, buildModel } from "./model";
import { startOpenapiTypes } from "./openapi-types";
import { CLIENT_DIR, type GeneratedFile, type GeneratorContext } from "./output";
import type { ResultCache } from "./result-cache";

export interface GenerateOptions {
  /** How the spec is named in headers; default "spec/openapi.yaml". */
  specName?: string;
  /** Keeps openapi-typescript's output between runs (see result-cache.ts). */
  cache?: ResultCache;
}

export { CLIENT_DIR };

export function readSpec(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new SpecErrors([new SpecError("", `cannot read the spec at ${path}`)]);
  }
  try {
    return load(text);
  } catch (error) {
    throw new SpecErrors([new SpecError("", `not valid YAML/JSON: ${yamlProblem(error)}`)]);
  }
}

/** One line: js-yaml's message also draws the surrounding lines. */
function yamlProblem(error: unknown): string {
  if (!(error instanceof YAMLException)) return (error as Error).message;
  const { line, column } = error.mark;
  return `${error.reason} at line ${line + 1}, column ${column + 1}`;
}

export async function generate(
  spec: unknown,
  options: GenerateOptions = {},
): Promise<{ model: ApiModel; files: GeneratedFile[] }> {
  const model = buildModel(spec);
  const context: GeneratorContext = {
    specName: options.specName ?? "spec/openapi.yaml",
    cache: options.cache,
  };
  // When openapi-typescript will have to run, its worker starts loading it now, while ts-morph
  // loads here with the emitters.
  const { clientSchemaWillRun } = await import("./emitters/client-schema");
  if (clientSchemaWillRun(model, context)) startOpenapiTypes();
  const { emitAll } = await import("./emit-all");
  return { model, files: await emitAll(model, context) };
}
