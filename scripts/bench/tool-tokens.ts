/**
 * Token footprint of calkit's tool definitions: o200k tokens (gpt-tokenizer) of each tool's name +
 * description + input schema (JSON.stringify), summed, for every format under
 * packages/tools/schemas/, for selections (read-only; an OAuth grant) and for dynamic mode.
 * Run: pnpm exec tsx scripts/bench/tool-tokens.ts
 */

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import {
  createDynamicTools,
  formatSchemas,
  selectTools,
  type ToolDefinition,
  toolDefinitions,
} from "../../packages/tools/src/index";
import { reportGoal } from "./goal";

/** Cal.com's hosted MCP server, as quoted in ../shared/REFERENCE.md: 34 tools, about 7,300 tokens. Not measured here. */
const BASELINE = { tools: 34, tokens: 7_300 };

const schemasDir = resolve(import.meta.dirname, "../../packages/tools/schemas");
const FORMATS = ["neutral", "openai", "anthropic", "gemini", "mcp"] as const;
type Format = (typeof FORMATS)[number];

/** What gets counted of one tool, whatever the format calls the fields. */
interface Counted {
  name: string;
  description: string;
  schema: unknown;
}

type Json = Record<string, unknown>;

/** The tool list in one format's file: an array, `{ tools }` or Gemini's `{ functionDeclarations }`. */
function toolsIn(value: unknown): Json[] {
  if (Array.isArray(value)) {
    // Gemini can also come as `[{ functionDeclarations }]`.
    return value.flatMap((item) =>
      item && typeof item === "object" && "functionDeclarations" in item
        ? toolsIn(item)
        : [item as Json],
    );
  }
  if (value && typeof value === "object") {
    const record = value as Json;
    if (Array.isArray(record.functionDeclarations)) return record.functionDeclarations as Json[];
    if (Array.isArray(record.tools)) return toolsIn(record.tools);
  }
  throw new Error("no tool list found");
}

/** name / description / parameters of one entry: OpenAI nests them in `function`; the schema is `parameters`, `input_schema`, `inputSchema` or `parametersJsonSchema`. */
function counted(entry: Json): Counted {
  const inner = (
    entry.function && typeof entry.function === "object" ? entry.function : entry
  ) as Json;
  return {
    name: String(inner.name ?? ""),
    description: String(inner.description ?? ""),
    schema:
      inner.parameters ??
      inner.input_schema ??
      inner.inputSchema ??
      inner.parametersJsonSchema ??
      {},
  };
}

function toolTokens(tool: Counted): number {
  return (
    encode(tool.name).length +
    encode(tool.description).length +
    encode(JSON.stringify(tool.schema)).length
  );
}

function tokens(tools: readonly Counted[]): number {
  return tools.reduce((sum, tool) => sum + toolTokens(tool), 0);
}

/** Each format's tools, read from schemas/<format>.json when the generator wrote it. */
function loadFormat(format: Format): Counted[] | undefined {
  const path = resolve(schemasDir, `${format}.json`);
  if (!existsSync(path)) return undefined;
  return toolsIn(JSON.parse(readFileSync(path, "utf8"))).map(counted);
}

/** Dynamic mode's meta-tools shaped by the same adapters the files come from. */
function dynamicIn(format: Format, definitions: readonly ToolDefinition[]): Counted[] {
  if (format === "neutral")
    return definitions.map((d) => ({
      name: d.name,
      description: d.description,
      schema: d.inputSchema,
    }));
  const shaped = formatSchemas(definitions) as unknown as Record<string, unknown>;
  return toolsIn(shaped[format]).map(counted);
}

const readOnly = new Set(selectTools({ apiKey: true, access: "read" }).map((t) => t.name));
const oauthScopes = ["BOOKING_READ", "BOOKING_WRITE", "EVENT_TYPE_READ"];
const oauth = new Set(selectTools({ scopes: oauthScopes }).map((t) => t.name));
const dynamic = createDynamicTools(toolDefinitions).definitions;

interface Row {
  format: Format;
  set: string;
  tools: number;
  tokens: number;
}

const rows: Row[] = [];
const missing: Format[] = [];
for (const format of FORMATS) {
  const all = loadFormat(format);
  if (!all) {
    missing.push(format);
    continue;
  }
  if (all.length !== toolDefinitions.length)
    throw new Error(`${format}.json has ${all.length} tools, expected ${toolDefinitions.length}`);
  const pick = (names: Set<string>) => all.filter((t) => names.has(t.name));
  const sets: [string, Counted[]][] = [
    ["all 41 tools", all],
    ["read-only selection", pick(readOnly)],
    [`OAuth ${oauthScopes.join("+")}`, pick(oauth)],
    ["dynamic mode (3 meta-tools)", dynamicIn(format, dynamic)],
  ];
  for (const [set, tools] of sets)
    rows.push({ format, set, tools: tools.length, tokens: tokens(tools) });
}

const perTool = (r: { tools: number; tokens: number }) => r.tokens / r.tools;
const baselinePerTool = perTool(BASELINE);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

console.log(
  `tool definition tokens · o200k_base (gpt-tokenizer) over name + description + JSON.stringify(input schema) · ${new Date().toISOString().slice(0, 10)}`,
);
console.log("");
console.log(
  "| format | set | tools | tokens | tokens/tool | total vs Cal.com MCP | per tool vs Cal.com MCP |",
);
console.log("|---|---|---:|---:|---:|---:|---:|");
for (const row of rows) {
  console.log(
    `| ${row.format} | ${row.set} | ${row.tools} | ${fmt(row.tokens)} | ${perTool(row).toFixed(0)} | ${(row.tokens / BASELINE.tokens).toFixed(2)}× | ${(perTool(row) / baselinePerTool).toFixed(2)}× |`,
  );
}
const mcpAll = rows.find((r) => r.format === "mcp" && r.set === "all 41 tools");
if (mcpAll)
  reportGoal({
    what: "tool definitions, MCP form, all tools (name + description + input schema), o200k",
    measured: mcpAll.tokens,
    goal: 6150,
    unit: "tokens",
    baseline: `Cal.com MCP server as quoted: ~${fmt(BASELINE.tokens)} for ${BASELINE.tools} tools`,
  });
console.log(
  `| Cal.com MCP server (quoted, not measured) | its 34 tools | ${BASELINE.tools} | ~${fmt(BASELINE.tokens)} | ~${baselinePerTool.toFixed(0)} | 1.00× | 1.00× |`,
);
console.log("");
console.log(
  `Baseline: Cal.com's own MCP server, ${BASELINE.tools} tools, about ${fmt(BASELINE.tokens)} tokens by the same method, as quoted in ../shared/REFERENCE.md; it is not measured by this script.`,
);
const describeCost = toolDefinitions.map(
  (t) => encode(JSON.stringify(t.inputSchema)).length + encode(t.description).length,
);
console.log(
  `Dynamic mode moves the schemas out of the prompt: each cal_describe_operation result then costs about ${fmt(describeCost.reduce((a, b) => a + b, 0) / describeCost.length)} tokens on average (${fmt(Math.min(...describeCost))}–${fmt(Math.max(...describeCost))}).`,
);
const mcpTools = loadFormat("mcp");
if (mcpTools) {
  const heaviest = mcpTools
    .map((t) => ({ name: t.name, tokens: toolTokens(t) }))
    .sort((a, b) => b.tokens - a.tokens)
    .slice(0, 8);
  console.log(
    `Heaviest MCP tools (where cuts pay most): ${heaviest.map((t) => `${t.name} ${fmt(t.tokens)}`).join(", ")}.`,
  );
}
const mcpPath = resolve(schemasDir, "mcp.json");
if (existsSync(mcpPath)) {
  const entries = toolsIn(JSON.parse(readFileSync(mcpPath, "utf8")));
  const whole = entries.reduce((sum, entry) => sum + encode(JSON.stringify(entry)).length, 0);
  const lean = entries.reduce(
    (sum, { outputSchema: _drop, ...entry }) => sum + encode(JSON.stringify(entry)).length,
    0,
  );
  console.log(
    `Not counted above: MCP's tools/list also sends outputSchema and annotations. Whole mcp.json entries: ${fmt(whole)} tokens for ${entries.length} tools; without outputSchema: ${fmt(lean)}.`,
  );
}
if (missing.length)
  console.log(
    `Not found under packages/tools/schemas/ (run \`pnpm generate\`): ${missing.join(", ")}.`,
  );
