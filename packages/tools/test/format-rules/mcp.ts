/**
 * MCP tools, written from the Model Context Protocol schema, revision 2025-06-18
 * (modelcontextprotocol.io/specification/2025-06-18/schema, `schema.ts`):
 * - `Tool extends BaseMetadata`: `name: string` and `title?: string` (BaseMetadata),
 *   `description?: string`, `inputSchema: { type: "object"; properties?: { [key]: object };
 *   required?: string[] }`, `outputSchema?` of the same shape ("defining the structure of the
 *   tool's output returned in the structuredContent field"), `annotations?: ToolAnnotations`,
 *   `_meta?`.
 * - `ToolAnnotations`: `title?: string`, `readOnlyHint?`, `destructiveHint?`, `idempotentHint?`,
 *   `openWorldHint?` (booleans).
 * - Tool names (specification 2025-11-25, server/tools "Tool names"): SHOULD be 1 to 128
 *   characters of A-Z, a-z, 0-9, `_`, `-`, `.`, and unique within a server. Schemas default to
 *   JSON Schema 2020-12 there, so both schemas must be valid 2020-12.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { isRecord, type Json, pointerOf, type Violation, validateList } from "./violation";

const NAME = /^[A-Za-z0-9_.-]{1,128}$/;
const FIELDS = new Set([
  "name",
  "title",
  "description",
  "inputSchema",
  "outputSchema",
  "annotations",
  "_meta",
]);
const ANNOTATIONS: Record<string, "string" | "boolean"> = {
  title: "string",
  readOnlyHint: "boolean",
  destructiveHint: "boolean",
  idempotentHint: "boolean",
  openWorldHint: "boolean",
};
const metaSchema = new Ajv2020({ strict: false, validateFormats: false });

function v(pointer: string, rule: string, message: string): Violation {
  return { pointer, rule: `mcp/${rule}`, message };
}

function validateObjectSchema(schema: unknown, at: string, field: string): Violation[] {
  if (!isRecord(schema)) return [v(at, "schema", `\`${field}\` must be a JSON Schema object`)];
  const out: Violation[] = [];
  if (schema.type !== "object")
    out.push(v(pointerOf(at, "type"), "schema-object", `\`${field}.type\` must be "object"`));
  if ("properties" in schema) {
    if (!isRecord(schema.properties))
      out.push(v(pointerOf(at, "properties"), "schema", "`properties` must be an object"));
    else
      for (const [name, sub] of Object.entries(schema.properties))
        if (!isRecord(sub))
          out.push(
            v(pointerOf(at, "properties", name), "schema", "each property must be a schema object"),
          );
  }
  if (
    "required" in schema &&
    (!Array.isArray(schema.required) || schema.required.some((r) => typeof r !== "string"))
  ) {
    out.push(v(pointerOf(at, "required"), "schema", "`required` must be a list of names"));
  }
  if (!metaSchema.validateSchema(schema)) {
    for (const e of metaSchema.errors ?? [])
      out.push(
        v(at + e.instancePath, "json-schema", `not valid JSON Schema 2020-12: ${e.message}`),
      );
  }
  return out;
}

export function validateMcpTool(tool: unknown, pointer = ""): Violation[] {
  if (!isRecord(tool)) return [v(pointer, "shape", "expected an object")];
  const out: Violation[] = [];
  for (const key of Object.keys(tool))
    if (!FIELDS.has(key))
      out.push(v(pointerOf(pointer, key), "shape", `\`${key}\` is not a field of Tool`));
  if (typeof tool.name !== "string" || !NAME.test(tool.name))
    out.push(
      v(
        pointerOf(pointer, "name"),
        "name",
        `name ${JSON.stringify(tool.name)} should match ${NAME}`,
      ),
    );
  for (const key of ["title", "description"])
    if (key in tool && typeof tool[key] !== "string")
      out.push(v(pointerOf(pointer, key), "shape", `\`${key}\` must be a string`));
  out.push(
    ...validateObjectSchema(tool.inputSchema, pointerOf(pointer, "inputSchema"), "inputSchema"),
  );
  if ("outputSchema" in tool)
    out.push(
      ...validateObjectSchema(
        tool.outputSchema,
        pointerOf(pointer, "outputSchema"),
        "outputSchema",
      ),
    );
  if ("annotations" in tool) {
    const at = pointerOf(pointer, "annotations");
    if (!isRecord(tool.annotations))
      out.push(v(at, "annotations", "`annotations` must be an object"));
    else
      for (const [key, value] of Object.entries(tool.annotations)) {
        const expected = ANNOTATIONS[key];
        if (!expected)
          out.push(
            v(pointerOf(at, key), "annotations", `\`${key}\` is not a ToolAnnotations field`),
          );
        else if (typeof value !== expected)
          out.push(v(pointerOf(at, key), "annotations", `\`${key}\` must be a ${expected}`));
      }
  }
  if ("_meta" in tool && !isRecord(tool._meta))
    out.push(v(pointerOf(pointer, "_meta"), "shape", "`_meta` must be an object"));
  return out;
}

export function validateMcpTools(tools: unknown): Violation[] {
  return validateList(tools, validateMcpTool, (t: Json) => t.name, "mcp");
}
