/**
 * Anthropic tools, written from Anthropic's documentation:
 * - "Define tools" (platform.claude.com/docs/en/agents-and-tools/tool-use/define-tools), tool
 *   definition parameters: `name` "Must match the regex ^[a-zA-Z0-9_-]{1,64}$"; `description` "a
 *   detailed plaintext description of what the tool does"; `input_schema` "a JSON Schema object
 *   defining the expected parameters for the tool"; optional `input_examples`, and `cache_control`,
 *   `strict`, `defer_loading`, `allowed_callers` (Tool reference).
 * - Messages API reference, `tools[]` (custom tool): `input_schema.type` is "object"; JSON Schema
 *   for the input (draft 2020-12, which the reference links).
 * Names must differ within one request (the API rejects duplicate tool names).
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { isRecord, type Json, pointerOf, type Violation, validateList } from "./violation";

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const FIELDS = new Set([
  "type",
  "name",
  "description",
  "input_schema",
  "input_examples",
  "cache_control",
  "strict",
  "defer_loading",
  "allowed_callers",
]);
const metaSchema = new Ajv2020({ strict: false, validateFormats: false });

function v(pointer: string, rule: string, message: string): Violation {
  return { pointer, rule: `anthropic/${rule}`, message };
}

export function validateAnthropicTool(tool: unknown, pointer = ""): Violation[] {
  if (!isRecord(tool)) return [v(pointer, "shape", "expected an object")];
  const out: Violation[] = [];
  for (const key of Object.keys(tool))
    if (!FIELDS.has(key))
      out.push(v(pointerOf(pointer, key), "shape", `unexpected field \`${key}\``));
  if ("type" in tool && tool.type !== "custom")
    out.push(
      v(pointerOf(pointer, "type"), "shape", 'a user-defined tool has `type: "custom"` or none'),
    );
  if (typeof tool.name !== "string" || !NAME.test(tool.name))
    out.push(
      v(pointerOf(pointer, "name"), "name", `name ${JSON.stringify(tool.name)} must match ${NAME}`),
    );
  if (typeof tool.description !== "string" || !tool.description.trim())
    out.push(
      v(pointerOf(pointer, "description"), "description", "a tool needs a plaintext `description`"),
    );
  const schema = tool.input_schema;
  const at = pointerOf(pointer, "input_schema");
  if (!isRecord(schema)) {
    out.push(v(at, "input-schema", "`input_schema` must be a JSON Schema object"));
    return out;
  }
  if (schema.type !== "object")
    out.push(v(pointerOf(at, "type"), "input-schema", '`input_schema.type` must be "object"'));
  if ("properties" in schema && !isRecord(schema.properties))
    out.push(v(pointerOf(at, "properties"), "input-schema", "`properties` must be an object"));
  if (
    "required" in schema &&
    (!Array.isArray(schema.required) || schema.required.some((r) => typeof r !== "string"))
  ) {
    out.push(v(pointerOf(at, "required"), "input-schema", "`required` must be a list of names"));
  }
  if (!metaSchema.validateSchema(schema)) {
    for (const e of metaSchema.errors ?? [])
      out.push(
        v(at + e.instancePath, "json-schema", `not valid JSON Schema 2020-12: ${e.message}`),
      );
  }
  return out;
}

export function validateAnthropicTools(tools: unknown): Violation[] {
  return validateList(tools, validateAnthropicTool, (t: Json) => t.name, "anthropic");
}
