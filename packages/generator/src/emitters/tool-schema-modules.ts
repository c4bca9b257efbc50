/**
 * packages/tools/src/generated/schemas/*.gen.ts: each format of schemas/*.json again as a typed
 * module (`import tools from "@calkit/tools/schemas/openai"`). A JSON import widens `"function"`
 * and `"object"` to `string`, so it fits no SDK's type; these modules declare the adapters' types.
 */
import { type FormatSchemas, formatSchemas } from "../../../tools/src/adapters/index";
import type { ToolDefinition } from "../../../tools/src/types";
import type { Json } from "../json";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";
import { TOOLS_DIR } from "./tool-definitions";

export const TOOLS_SCHEMA_MODULES_DIR = `${TOOLS_DIR}/schemas`;

/** Per format: the adapter type the data is declared with, the module it comes from, and a doc line. */
const MODULES: Record<keyof FormatSchemas, { type: string; from: string; doc: string }> = {
  openai: {
    type: "OpenAIChatTool[]",
    from: "openai",
    doc: "Chat Completions `tools` (strict mode)",
  },
  anthropic: { type: "AnthropicTool[]", from: "anthropic", doc: "Messages API `tools`" },
  gemini: {
    type: "GeminiTool",
    from: "gemini",
    doc: "One entry of `tools`: `{ functionDeclarations }`",
  },
  mcp: { type: "McpTool[]", from: "mcp", doc: "What `tools/list` returns as `tools`" },
};

function moduleBody(format: keyof FormatSchemas, value: unknown): string {
  const { type, from, doc } = MODULES[format];
  const name = type.replace("[]", "");
  return [
    `import type { ${name} } from "../../adapters/${from}.js";`,
    "",
    `/** ${doc}: the data of \`schemas/${format}.json\`, typed. */`,
    `const tools: ${type} = ${JSON.stringify(value, null, 2)};`,
    "",
    "export default tools;",
  ].join("\n");
}

export function emitToolSchemaModules(
  context: GeneratorContext,
  definitions: Json[],
): GeneratedFile[] {
  const schemas = formatSchemas(definitions as unknown as ToolDefinition[]);
  return (Object.keys(MODULES) as (keyof FormatSchemas)[]).map((format) =>
    tsFile(
      `${TOOLS_SCHEMA_MODULES_DIR}/${format}.gen.ts`,
      context,
      moduleBody(format, schemas[format]),
    ),
  );
}
