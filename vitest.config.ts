import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));
// `@calkit/tools/schemas/<format>`: the typed schema modules (listed before `@calkit/tools`).
const schemaModules = Object.fromEntries(
  ["openai", "anthropic", "gemini", "mcp"].map((format) => [
    `@calkit/tools/schemas/${format}`,
    fileURLToPath(
      new URL(`./packages/tools/src/generated/schemas/${format}.gen.ts`, import.meta.url),
    ),
  ]),
);

export default defineConfig({
  resolve: {
    // Tests import the packages' sources, so most need no build between edits. These need the
    // built packages (`pnpm main` or `turbo run build` first; `pnpm test` builds before vitest):
    // scripts/test/publish.test.ts, size.test.ts and packages/client/test/ops.test.ts (pack and
    // bundle dist/),
    // packages/generator/test/typecheck.test.ts and the *.test-d.ts type checks (they compile
    // against the packages' published types).
    alias: {
      // Before "@calkit/client": aliases match by prefix, in order.
      "@calkit/client/ops": fileURLToPath(new URL("./packages/client/src/ops.ts", import.meta.url)),
      "@calkit/spec": fileURLToPath(new URL("./spec/src/index.ts", import.meta.url)),
      "@calkit/client": src("client"),
      "@calkit/gateway": src("gateway"),
      "@calkit/generator": src("generator"),
      "@calkit/guard": src("guard"),
      "@calkit/mcp": src("mcp"),
      "@calkit/scopes": src("scopes"),
      ...schemaModules,
      "@calkit/tools": src("tools"),
      "@calkit/webhooks": src("webhooks"),
    },
  },
  test: {
    include: [
      "spec/test/**/*.test.ts",
      "scripts/test/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
    ],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "test-results.json" }]],
    typecheck: {
      enabled: true,
      include: ["packages/*/test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
    },
  },
});
