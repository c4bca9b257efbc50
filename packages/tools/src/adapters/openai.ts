/**
 * OpenAI function calling in strict mode (Structured Outputs), for Chat Completions and Responses.
 *
 * What strict mode demands (platform.openai.com/docs/guides/structured-outputs, "Supported
 * schemas"), and what this adapter does about it:
 * - "All fields must be required": every object lists all its properties in `required`; an
 *   optional property becomes nullable (`type: [T, "null"]`, `null` added to an `enum`, or a
 *   `{type: "null"}` alternative for `anyOf`/`$ref`), and `fromOpenAIArguments` removes the nulls.
 * - "additionalProperties: false must always be set in objects": added to every object. An object
 *   whose keys are not listed (free-form, e.g. `metadata`) cannot be strict, so it travels as a
 *   string holding JSON (the description says so) and `fromOpenAIArguments` parses it back.
 * - "Supported properties": strings keep `pattern` and the listed `format`s (date-time, time, date,
 *   duration, email, hostname, ipv4, ipv6, uuid); numbers keep minimum/maximum/exclusiveMinimum/
 *   exclusiveMaximum/multipleOf; arrays keep minItems/maxItems. Everything else (`default`,
 *   `examples`, `minLength`, other formats, ...) is dropped: the executor still validates the
 *   neutral arguments against the full neutral schema.
 * - "Some type-specific keywords are not yet supported" (allOf, not, if/then/else,
 *   dependentRequired, dependentSchemas, patternProperties): refused with UnsupportedSchemaError.
 *   `oneOf` ("is not permitted") becomes `anyOf`; `const` becomes a one-value `enum`.
 * - "Root objects must not be anyOf and must be an object": the root is always a plain object.
 * Limits (5,000 properties, 10 levels of nesting, 1,000 enum values, 120,000 characters of names
 * and enum values) are checked by the tests, not here. OpenAI notes that parallel function calls
 * are not guaranteed to follow strict schemas: send `parallel_tool_calls: false` to rely on them.
 */
import type { JsonSchema, ToolDefinition } from "../types.js";
import { decodeToolArguments } from "./decode-arguments.js";
import {
  allowsNull,
  assertComposable,
  escapePointer,
  isFreeForm,
  isRecord,
  type Json,
  jsonStringNote,
  typesOf,
  UnsupportedSchemaError,
  withNote,
} from "./schema-shape.js";

/** A Chat Completions tool: `tools: toOpenAITools(defs)`. */
export interface OpenAIChatTool {
  type: "function";
  function: { name: string; description: string; strict: true; parameters: JsonSchema };
}

/** A Responses API tool: `tools: toOpenAIResponsesTools(defs)`. */
export interface OpenAIResponsesTool {
  type: "function";
  name: string;
  description: string;
  strict: true;
  parameters: JsonSchema;
}

/** The string formats strict mode supports ("Supported properties"). */
export const OPENAI_STRICT_FORMATS: readonly string[] = [
  "date-time",
  "time",
  "date",
  "duration",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "uuid",
];

const NUMBER_KEYWORDS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
];
const ARRAY_KEYWORDS = ["minItems", "maxItems"];
const FORMAT = "OpenAI strict mode";

function inferTypes(values: unknown[]): string[] {
  const types = new Set<string>();
  for (const value of values) {
    if (value === null) types.add("null");
    else if (typeof value === "string") types.add("string");
    else if (typeof value === "boolean") types.add("boolean");
    else if (typeof value === "number") types.add(Number.isInteger(value) ? "integer" : "number");
  }
  if (types.has("integer") && types.has("number")) types.delete("integer");
  return [...types];
}

/** Makes a converted node accept `null` as well (for an optional property). */
function nullable(node: Json): Json {
  if (allowsNull(node)) return node;
  if (Array.isArray(node.anyOf)) return { ...node, anyOf: [...node.anyOf, { type: "null" }] };
  if ("$ref" in node || node.type === undefined) {
    const { description, ...rest } = node;
    return description === undefined
      ? { anyOf: [rest, { type: "null" }] }
      : { anyOf: [rest, { type: "null" }], description };
  }
  const out: Json = { ...node, type: [...typesOf(node), "null"] };
  if (Array.isArray(node.enum)) out.enum = [...node.enum, null];
  return out;
}

function strictNode(
  schema: JsonSchema,
  optional: boolean,
  tool: string,
  pointer: string,
  root = false,
): Json {
  assertComposable(schema, tool, pointer, FORMAT);
  if (!root && isFreeForm(schema)) {
    const node: Json = {
      type: allowsNull(schema) ? ["string", "null"] : "string",
      description: withNote(schema.description, jsonStringNote(schema)),
    };
    return optional ? nullable(node) : node;
  }
  const out: Json = {};
  let types = typesOf(schema);
  const enumValues = Array.isArray(schema.enum)
    ? [...schema.enum]
    : "const" in schema
      ? [schema.const]
      : undefined;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (root) types = ["object"];
  else if (types.length === 0 && enumValues && !alternatives && !("$ref" in schema))
    types = inferTypes(enumValues);
  if (types.length) out.type = types.length === 1 ? types[0] : types;
  if (typeof schema.description === "string") out.description = schema.description;
  if ("$ref" in schema) out.$ref = schema.$ref;
  if (Array.isArray(alternatives)) {
    const key = schema.anyOf ? "anyOf" : "oneOf";
    out.anyOf = alternatives.map((alt, i) =>
      strictNode(isRecord(alt) ? alt : {}, false, tool, `${pointer}/${key}/${i}`),
    );
  }
  if (enumValues) out.enum = enumValues;
  if (typeof schema.pattern === "string") out.pattern = schema.pattern;
  if (typeof schema.format === "string" && OPENAI_STRICT_FORMATS.includes(schema.format))
    out.format = schema.format;
  for (const key of NUMBER_KEYWORDS) if (typeof schema[key] === "number") out[key] = schema[key];
  for (const key of ARRAY_KEYWORDS) if (typeof schema[key] === "number") out[key] = schema[key];
  if (types.includes("array") || "items" in schema) {
    if (!isRecord(schema.items))
      throw new UnsupportedSchemaError(tool, pointer, `an array needs \`items\` in ${FORMAT}`);
    out.items = strictNode(schema.items, false, tool, `${pointer}/items`);
  }
  if (types.includes("object") || isRecord(schema.properties)) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([name, sub]) => [
        name,
        strictNode(
          isRecord(sub) ? sub : {},
          !required.has(name),
          tool,
          `${pointer}/properties/${escapePointer(name)}`,
        ),
      ]),
    );
    out.required = Object.keys(properties);
    out.additionalProperties = false;
  }
  if (isRecord(schema.$defs)) {
    const defs = schema.$defs;
    out.$defs = Object.fromEntries(
      Object.entries(defs).map(([name, sub]) => [
        name,
        strictNode(
          isRecord(sub) ? sub : {},
          false,
          tool,
          `${pointer}/$defs/${escapePointer(name)}`,
        ),
      ]),
    );
  }
  return optional ? nullable(out) : out;
}

/** The strict-mode `parameters` of one tool. */
export function toOpenAIStrictSchema(definition: ToolDefinition): JsonSchema {
  return strictNode(definition.inputSchema, false, definition.name, "", true);
}

/** Chat Completions tools: `{ type: "function", function: { name, description, strict: true, parameters } }`. */
export function toOpenAITools(definitions: readonly ToolDefinition[]): OpenAIChatTool[] {
  return definitions.map((d) => ({
    type: "function",
    function: {
      name: d.name,
      description: d.description,
      strict: true,
      parameters: toOpenAIStrictSchema(d),
    },
  }));
}

/** Responses API tools: `{ type: "function", name, description, strict: true, parameters }`. */
export function toOpenAIResponsesTools(
  definitions: readonly ToolDefinition[],
): OpenAIResponsesTool[] {
  return definitions.map((d) => ({
    type: "function",
    name: d.name,
    description: d.description,
    strict: true,
    parameters: toOpenAIStrictSchema(d),
  }));
}

/**
 * Neutral arguments from a strict-mode call of `definition` (the `arguments` JSON text or its
 * parsed object): `null` on an optional argument means it was left out, JSON-string arguments are
 * parsed. See `fromOpenAIArguments` for the lookup by tool name.
 */
export function decodeOpenAIArguments(definition: ToolDefinition, args: unknown): unknown {
  return decodeToolArguments(definition, args, "always");
}
