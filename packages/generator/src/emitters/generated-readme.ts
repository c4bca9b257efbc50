/** The README.md of a generated folder: what is in it and how it is made. */
import type { GeneratedFile, GeneratorContext } from "../output";

export function emitGeneratedReadme(
  dir: string,
  context: GeneratorContext,
  what: string,
): GeneratedFile {
  return {
    path: `${dir}/README.md`,
    content: `# Generated code — do not edit\n\n${what}\n\nEverything in this folder is written by \`@calkit/generator\` from \`${context.specName}\`.\nChange the spec (or the generator) and run \`pnpm generate\`; CI fails when these files are stale\n(\`pnpm generate --check\`).\n`,
  };
}
