import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "node20",
  // cli.ts starts with `#!/usr/bin/env node`; tsup keeps it and marks dist/cli.js executable.
});
