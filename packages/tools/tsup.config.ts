import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared";

// Besides the index, each format's typed schema module: `@calkit/tools/schemas/<format>`.
const FORMATS = ["openai", "anthropic", "gemini", "mcp"];
const entry = {
  index: "src/index.ts",
  ...Object.fromEntries(
    FORMATS.map((f) => [`schemas/${f}`, `src/generated/schemas/${f}.gen.ts`] as const),
  ),
};

export default defineConfig({ ...packageBuild(), entry, dts: { entry } });
