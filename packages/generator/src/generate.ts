/** Runs every emitter over the model of one spec. Pure: returns files, writes nothing. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { SpecError, SpecErrors } from "./errors";
import { type ApiModel, buildModel } from "./model";
import { CLIENT_DIR, type GeneratedFile, type GeneratorContext } from "./output";

export interface GenerateOptions {
  /** How the spec is named in headers; default "spec/openapi.yaml". */
  specName?: string;
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
    return parse(text);
  } catch (error) {
    throw new SpecErrors([new SpecError("", `not valid YAML/JSON: ${(error as Error).message}`)]);
  }
}

export async function generate(
  spec: unknown,
  options: GenerateOptions = {},
): Promise<{ model: ApiModel; files: GeneratedFile[] }> {
  const model = buildModel(spec);
  const context: GeneratorContext = { specName: options.specName ?? "spec/openapi.yaml" };
  const { emitAll } = await import("./emit-all");
  return { model, files: await emitAll(model, context) };
}
