import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { readFileSync } from "node:fs";
const d = JSON.parse(readFileSync("/work/main/packages/tools/schemas/neutral.json", "utf8"));
const rows = d.map((t: any) => [encode(JSON.stringify(t.inputSchema)).length, t.name, Object.entries(t.inputSchema.properties).map(([k, v]) => `${k}:${encode(JSON.stringify(v)).length}`).join(" ")]);
rows.sort((a: any, b: any) => b[0] - a[0]);
for (const r of rows.slice(0, 14)) console.log(r[0], r[1], r[2]);
