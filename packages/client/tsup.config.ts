import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared";

// Two entries: the whole client, and one function per operation for tree-shaken apps.
export default defineConfig(
  packageBuild(["src/index.ts", "src/ops.ts"], ["src/index.ts", "src/ops.ts"]),
);
