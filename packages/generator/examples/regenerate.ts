import { join } from "node:path";
import { generate, readSpec, writeFiles } from "@calkit/generator";

/** From the repository root: `await regenerate(process.cwd())`. */
export async function regenerate(root: string) {
  const { model, files } = await generate(readSpec(join(root, "spec/openapi.yaml")));
  console.log(model.operations.map((op) => `${op.id} ${op.method} ${op.path}`));
  return writeFiles(files, root); // only files whose bytes changed are written
}
