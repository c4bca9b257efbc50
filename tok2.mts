import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { readFileSync } from "node:fs";
const d = JSON.parse(readFileSync("/work/main/packages/tools/schemas/neutral.json", "utf8"));
let desc = 0, schema = 0, propDesc = 0;
const walk = (s: any) => { if (s && typeof s === "object") { for (const [k, v] of Object.entries(s)) { if (k === "description" && typeof v === "string") propDesc += encode(v).length; else walk(v); } } };
for (const t of d) { desc += encode(t.description).length; schema += encode(JSON.stringify(t.inputSchema)).length; walk(t.inputSchema); }
console.log({ desc, schema, propDesc, total: desc + schema, perTool: ((desc + schema) / d.length).toFixed(0) });
