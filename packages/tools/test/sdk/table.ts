/**
 * The README's table SDK × (accepts / types compile without casts / round trip), as data: each row
 * names the tests that measure its three cells, and `test/sdk-table.test.ts` checks that the README
 * shows exactly these rows, with the dev dependencies' versions, and that each named test exists.
 */

/**
 * The test that measures a cell: its file (relative to the repository root) and text the file
 * holds: the test's title, or the code without a cast that tsc compiles there.
 */
export interface Measured {
  file: string;
  holds: string;
}

export interface SdkRow {
  /** The SDK packages, their versions read from packages/tools/package.json. */
  packages: readonly string[];
  /** How the tools go in. */
  way: string;
  /** The SDK sends every tool to the model (the test compares with all the definitions). */
  accepts: Measured;
  /** The adapter's result or the typed module is the SDK's own type, without a cast. */
  types: Measured;
  /** A tool call the SDK parsed reaches Cal.com through the executor and goes back to the model. */
  roundTrip: Measured;
}

const SDK = "packages/tools/test/sdk";
const TYPES = "packages/tools/test/sdk-types.test-d.ts";

export const SDK_ROWS: readonly SdkRow[] = [
  {
    packages: ["openai"],
    way: "Chat Completions: `toOpenAITools`, `schemas/openai`",
    accepts: {
      file: `${SDK}/openai.test.ts`,
      holds: "sends the 41 strict tools and carries a tool call to Cal.com and back",
    },
    types: {
      file: TYPES,
      holds: "Chat Completions tools and the typed module are ChatCompletionTool[]",
    },
    roundTrip: {
      file: `${SDK}/openai.test.ts`,
      holds: "sends the 41 strict tools and carries a tool call to Cal.com and back",
    },
  },
  {
    packages: ["openai"],
    way: "Responses: `toOpenAIResponsesTools`",
    accepts: {
      file: `${SDK}/openai.test.ts`,
      holds: "sends the 41 strict tools and returns a function_call_output",
    },
    types: { file: TYPES, holds: "Responses tools are the Responses API's Tool[]" },
    roundTrip: {
      file: `${SDK}/openai.test.ts`,
      holds: "sends the 41 strict tools and returns a function_call_output",
    },
  },
  {
    packages: ["@anthropic-ai/sdk"],
    way: "Messages: `toAnthropicTools`, `schemas/anthropic`",
    accepts: {
      file: `${SDK}/anthropic.test.ts`,
      holds: "sends the 41 tools and answers a tool_use with a tool_result",
    },
    types: { file: TYPES, holds: "tools and the typed module are Messages ToolUnion[]" },
    roundTrip: {
      file: `${SDK}/anthropic.test.ts`,
      holds: "sends the 41 tools and answers a tool_use with a tool_result",
    },
  },
  {
    packages: ["@google/genai"],
    way: "generateContent: `toGeminiTool`, `schemas/gemini`",
    accepts: {
      file: `${SDK}/gemini.test.ts`,
      holds: "sends %s and answers a functionCall with a functionResponse",
    },
    types: {
      file: TYPES,
      holds: "the tool and the typed module are a Tool, the declarations FunctionDeclaration[]",
    },
    roundTrip: {
      file: `${SDK}/gemini.test.ts`,
      holds: "sends %s and answers a functionCall with a functionResponse",
    },
  },
  {
    packages: ["@google/genai", "@modelcontextprotocol/sdk"],
    way: "`mcpToTool` on calkit-mcp",
    accepts: {
      file: "packages/mcp/test/gemini-mcp-to-tool.test.ts",
      holds: "declares the 41 tools and carries a call to Cal.com and back",
    },
    types: {
      file: "packages/mcp/test/gemini-mcp-to-tool.test.ts",
      holds: "config: { tools: [mcpToTool(client)] }",
    },
    roundTrip: {
      file: "packages/mcp/test/gemini-mcp-to-tool.test.ts",
      holds: "declares the 41 tools and carries a call to Cal.com and back",
    },
  },
  ...(["@ai-sdk/openai", "@ai-sdk/anthropic", "@ai-sdk/google"] as const).map((provider) => ({
    packages: ["ai", provider],
    way: "`toVercelAiTools` with `jsonSchema`",
    accepts: {
      file: `${SDK}/ai-sdk.test.ts`,
      holds: "declares the 41 tools, calls Cal.com once and returns the result to the model",
    },
    types: {
      file: TYPES,
      holds: "toVercelAiTools with the SDK's jsonSchema is generateText's tools",
    },
    roundTrip: {
      file: `${SDK}/ai-sdk.test.ts`,
      holds: "declares the 41 tools, calls Cal.com once and returns the result to the model",
    },
  })),
  {
    packages: ["@openai/agents"],
    way: "MCP with `convertSchemasToStrict` (`mcpToFunctionTool`)",
    accepts: {
      file: `${SDK}/openai-agents.test.ts`,
      holds: "converts all 41 tools to strict mode",
    },
    types: {
      file: `${SDK}/openai-agents.test.ts`,
      holds: "mcpToFunctionTool(t, bridge, true)",
    },
    roundTrip: {
      file: `${SDK}/openai-agents.test.ts`,
      holds: "carries a strict-mode call with key/value metadata to Cal.com as an object",
    },
  },
  {
    packages: ["@modelcontextprotocol/sdk"],
    way: "`tools/list` of calkit-mcp: `toMcpTools`, `schemas/mcp`",
    accepts: {
      file: "packages/mcp/test/stdio.test.ts",
      holds: "identifies itself and lists all tools with title, schemas and annotations",
    },
    types: { file: TYPES, holds: "tools and the typed module are the SDK's Tool[]" },
    roundTrip: {
      file: "packages/mcp/test/tools.test.ts",
      holds: "all tools through MCP",
    },
  },
];

/** The cell of a measured column: what it says, and the file that measures it. */
function cell(text: string, measured: Measured): string {
  return `${text} (\`${measured.file.replace(/^packages\/(\w+)\//, "$1/")}\`)`;
}

/** The table as the README shows it. */
export function renderSdkTable(versions: Readonly<Record<string, string>>, tools: number): string {
  const rows = SDK_ROWS.map((row) => {
    const sdk = row.packages.map((name) => `${name} ${versions[name] ?? "?"}`).join(" + ");
    return `| ${sdk} | ${row.way} | ${cell(`${tools} of ${tools}`, row.accepts)} | ${cell("yes", row.types)} | ${cell("yes", row.roundTrip)} |`;
  });
  return [
    "| SDK | the tools go in as | accepted | types without casts | round trip |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
