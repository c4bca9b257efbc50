/**
 * README code blocks that are example files: a block preceded by `<!-- example: examples/x.ts -->`
 * holds, word for word, the file at that path (relative to the README). Each package's
 * `test/readme-examples.test.ts` runs its files; `scripts/test/readme-examples.test.ts` compiles
 * them all with tsc (tsconfig.examples.json) and fails when a README and its files differ.
 * `pnpm readme:examples [--write]` (readme-examples-cli.ts) checks them, or copies the files in.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "./published-packages";

/** Every README whose code blocks are checked, relative to the repository root. */
export const READMES = [
  "README.md",
  "spec/README.md",
  "packages/client/README.md",
  "packages/gateway/README.md",
  "packages/generator/README.md",
  "packages/guard/README.md",
  "packages/mcp/README.md",
  "packages/scopes/README.md",
  "packages/tools/README.md",
  "packages/webhooks/README.md",
] as const;

/** Languages a block may have without being an example file: commands, config, printed output. */
export const OTHER_LANGUAGES = new Set(["sh", "json", "yaml", "md", ""]);

export interface CodeBlock {
  lang: string;
  code: string;
  /** The example file's path relative to the README, when the block is one. */
  example?: string;
}

const BLOCK = /(?:<!-- example: (\S+) -->\n)?```(\w*)\n([\s\S]*?)```/g;

export function codeBlocks(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(BLOCK)].map(([, example, lang = "", code = ""]) =>
    example ? { lang, code, example } : { lang, code },
  );
}

/** The README with each example block replaced by its file's current text. */
export function withExampleFiles(markdown: string, readExample: (path: string) => string): string {
  return markdown.replace(BLOCK, (block, example: string | undefined, lang: string) =>
    example ? `<!-- example: ${example} -->\n\`\`\`${lang}\n${readExample(example)}\`\`\`` : block,
  );
}

/** Where an example block's file is: `example` is relative to the README at `readme`. */
export function exampleFile(readme: string, example: string): string {
  return join(ROOT, dirname(readme), example);
}

/** The README's text, and the same with the example files' current text in its blocks. */
export function readmeWithExamples(readme: string): { current: string; synced: string } {
  const current = readFileSync(join(ROOT, readme), "utf8");
  const synced = withExampleFiles(current, (example) =>
    readFileSync(exampleFile(readme, example), "utf8"),
  );
  return { current, synced };
}
