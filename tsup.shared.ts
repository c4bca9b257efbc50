/**
 * The one build every package shares: ESM with declarations for Node 20+. A package's
 * tsup.config.ts passes its entries (the CLIs add `src/cli.ts`, whose shebang tsup keeps).
 */
import type { Options } from "tsup";

export function packageBuild(
  entries: string[] = ["src/index.ts"],
  typedEntries: string[] = ["src/index.ts"],
): Options {
  return {
    entry: entries,
    format: ["esm"],
    dts: { entry: typedEntries },
    clean: true,
    target: "node20",
  };
}
