/**
 * Gemini function declarations (`tools: [toGeminiTool(defs)]`), whose `parameters` use Gemini's
 * `Schema`: "a select subset of an OpenAPI 3.0 schema object" (ai.google.dev/api/caching#Schema,
 * FunctionDeclaration; Vertex AI's FunctionDeclaration reference for the naming rules).
 *
 * Choices, each from that reference:
 * - `type` is one value of the `Type` enum (STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT, NULL),
 *   in the enum's upper case; a JSON Schema type list `[T, "null"]` becomes `type: T` with
 *   `nullable: true` (OpenAPI 3.0 style). Several non-null types become `anyOf`.
 * - `enum` is "possible values of the element of Type.STRING": kept on strings; an enum of numbers
 *   (`timeFormat: 12 | 24`) keeps its type and lists the values in the description. `const`
 *   becomes a one-value string enum.
 * - `format`: only the documented ones survive (NUMBER: float, double; INTEGER: int32, int64;
 *   STRING: enum, date-time).
 * - Not in the Schema at all, so removed: `additionalProperties`, `$ref`/`$defs`, `oneOf` (turned
 *   into `anyOf`), `const`, `exclusiveMinimum`/`exclusiveMaximum`, `multipleOf`, `examples`.
 *   `default` is accepted but ignored by Gemini ("included here and ignored"), so it is dropped
 *   to save tokens. `allOf`, `not`, `if`/`then`/`else` are refused (UnsupportedSchemaError).
 * - `anyOf` is part of the current Schema ("validated against any (one or more) of the
 *   subschemas"), so it is kept when a neutral schema has one; today's definitions have none in
 *   their inputs (the generator collapses tagged unions).
 * - An OBJECT needs listed properties: the API answers "properties: should be non-empty for OBJECT
 *   type" otherwise. A free-form object (`metadata`) therefore travels as a STRING holding JSON,
 *   and `fromGeminiArguments` parses it back; a tool without arguments leaves `parameters` unset
 *   ("For function with no parameters, this can be left unset").
 * - Names: "Must start with a letter or an underscore. Must be a-z, A-Z, 0-9, or contain
 *   underscores, dots and dashes, with a maximum length of 64" (Vertex AI; the Gemini API also
 *   allows colons). Every calkit tool name fits.
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

export type GeminiType = "STRING" | "NUMBER" | "INTEGER" | "BOOLEAN" | "ARRAY" | "OBJECT" | "NULL";

/**
 * The part of Gemini's `Schema` this adapter writes. `T` is the type of `type`: the upper-case
 * names by default, or the SDK's own enum (`toGeminiTool(defs, { Type })` with `Type` from
 * `@google/genai`, whose `Schema.type` is that enum). The int64 fields (`minItems`, `maxLength`, …)
 * are strings, as in the API's JSON (proto3 writes int64 as a string) and the SDK's `Schema`.
 */
export interface GeminiSchema<T = GeminiType> {
  type?: T;
  format?: string;
  description?: string;
  nullable?: boolean;
  enum?: string[];
  properties?: Record<string, GeminiSchema<T>>;
  required?: string[];
  items?: GeminiSchema<T>;
  anyOf?: GeminiSchema<T>[];
  minItems?: string;
  maxItems?: string;
  minLength?: string;
  maxLength?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface GeminiFunctionDeclaration<T = GeminiType> {
  name: string;
  description: string;
  /** Unset for a tool without arguments. */
  parameters?: GeminiSchema<T>;
}

/** One Gemini `Tool` holding every declaration: `tools: [toGeminiTool(defs)]`. */
export interface GeminiTool<T = GeminiType> {
  functionDeclarations: GeminiFunctionDeclaration<T>[];
}

/**
 * The SDK's `Type` enum (`import { Type } from "@google/genai"`), or any map from the upper-case
 * names to the values to write.
 */
export interface GeminiTypeOptions<T> {
  Type: Readonly<Record<GeminiType, T>>;
}

/** The formats the Schema reference documents, per type. */
export const GEMINI_FORMATS: Readonly<Record<string, readonly string[]>> = {
  NUMBER: ["float", "double"],
  INTEGER: ["int32", "int64"],
  STRING: ["enum", "date-time"],
};

const TYPES: Record<string, GeminiType> = {
  string: "STRING",
  number: "NUMBER",
  integer: "INTEGER",
  boolean: "BOOLEAN",
  array: "ARRAY",
  object: "OBJECT",
  null: "NULL",
};

const FORMAT = "Gemini";

function geminiType(type: string, tool: string, pointer: string): GeminiType {
  const mapped = TYPES[type];
  if (!mapped) throw new UnsupportedSchemaError(tool, pointer, `unknown type \`${type}\``);
  return mapped;
}

function typeOfValues(values: unknown[]): string[] {
  const types = new Set<string>();
  for (const value of values) {
    if (typeof value === "string") types.add("string");
    else if (typeof value === "boolean") types.add("boolean");
    else if (typeof value === "number") types.add(Number.isInteger(value) ? "integer" : "number");
  }
  if (types.has("integer") && types.has("number")) types.delete("integer");
  return [...types];
}

function geminiNode(schema: JsonSchema, tool: string, pointer: string, root = false): GeminiSchema {
  assertComposable(schema, tool, pointer, FORMAT);
  if ("$ref" in schema)
    throw new UnsupportedSchemaError(tool, pointer, `\`$ref\` cannot be expressed for ${FORMAT}`);
  const description = typeof schema.description === "string" ? schema.description : undefined;
  if (!root && isFreeForm(schema)) {
    const node: GeminiSchema = {
      type: "STRING",
      description: withNote(description, jsonStringNote(schema)),
    };
    if (allowsNull(schema)) node.nullable = true;
    return node;
  }

  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives)) {
    const key = schema.anyOf ? "anyOf" : "oneOf";
    const entries = alternatives
      .map((alt, i) => [alt, `${pointer}/${key}/${i}`] as const)
      .filter(([alt]) => isRecord(alt));
    const nonNull = entries.filter(
      ([alt]) => !(typesOf(alt as Json).length === 1 && typesOf(alt as Json)[0] === "null"),
    );
    const nullable = nonNull.length < entries.length;
    if (nonNull.length === 0) return description ? { type: "NULL", description } : { type: "NULL" };
    if (nonNull.length === 1) {
      const [alt, altPointer] = nonNull[0] as readonly [Json, string];
      const node = geminiNode(
        description && typeof alt.description !== "string" ? { ...alt, description } : alt,
        tool,
        altPointer,
      );
      if (nullable) node.nullable = true;
      return node;
    }
    const node: GeminiSchema = {};
    if (description) node.description = description;
    if (nullable) node.nullable = true;
    node.anyOf = nonNull.map(([alt, altPointer]) => geminiNode(alt as Json, tool, altPointer));
    return node;
  }

  let enumValues: unknown[] | undefined = Array.isArray(schema.enum)
    ? [...schema.enum]
    : "const" in schema
      ? [schema.const]
      : undefined;
  let nullable = false;
  if (enumValues?.includes(null)) {
    nullable = true;
    enumValues = enumValues.filter((v) => v !== null);
  }
  let types = root ? ["object"] : typesOf(schema);
  if (types.includes("null")) nullable = true;
  types = types.filter((t) => t !== "null");
  if (types.length === 0 && enumValues) types = typeOfValues(enumValues);
  if (types.length > 1) {
    const { type: _type, description: _description, ...rest } = schema;
    const node: GeminiSchema = {};
    if (description) node.description = description;
    if (nullable) node.nullable = true;
    node.anyOf = types.map((t) => geminiNode({ ...rest, type: t }, tool, pointer));
    return node;
  }

  const type = types[0] === undefined ? undefined : geminiType(types[0], tool, pointer);
  const node: GeminiSchema = {};
  if (type) node.type = type;
  let text = description;
  if (enumValues) {
    if (type === "STRING" && enumValues.every((v) => typeof v === "string"))
      node.enum = enumValues as string[];
    else text = withNote(text, `One of: ${enumValues.map((v) => JSON.stringify(v)).join(", ")}.`);
  }
  if (text) node.description = text;
  if (nullable) node.nullable = true;
  if (typeof schema.format === "string" && type && GEMINI_FORMATS[type]?.includes(schema.format))
    node.format = schema.format;
  if (type === "STRING") {
    if (typeof schema.pattern === "string") node.pattern = schema.pattern;
    if (typeof schema.minLength === "number") node.minLength = String(schema.minLength);
    if (typeof schema.maxLength === "number") node.maxLength = String(schema.maxLength);
  }
  if (type === "NUMBER" || type === "INTEGER") {
    if (typeof schema.minimum === "number") node.minimum = schema.minimum;
    if (typeof schema.maximum === "number") node.maximum = schema.maximum;
  }
  if (type === "ARRAY") {
    if (!isRecord(schema.items))
      throw new UnsupportedSchemaError(tool, pointer, `an array needs \`items\` for ${FORMAT}`);
    node.items = geminiNode(schema.items, tool, `${pointer}/items`);
    if (typeof schema.minItems === "number") node.minItems = String(schema.minItems);
    if (typeof schema.maxItems === "number") node.maxItems = String(schema.maxItems);
  }
  if (type === "OBJECT") {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    node.properties = Object.fromEntries(
      Object.entries(properties).map(([name, sub]) => [
        name,
        geminiNode(isRecord(sub) ? sub : {}, tool, `${pointer}/properties/${escapePointer(name)}`),
      ]),
    );
    const required = (Array.isArray(schema.required) ? schema.required : []).filter(
      (r): r is string => typeof r === "string" && r in properties,
    );
    if (required.length) node.required = required;
  }
  return node;
}

/** Gemini's `parameters` Schema for one tool, or undefined when it takes no arguments. */
export function toGeminiSchema(definition: ToolDefinition): GeminiSchema | undefined {
  const properties = definition.inputSchema.properties;
  if (!isRecord(properties) || Object.keys(properties).length === 0) return undefined;
  return geminiNode(definition.inputSchema, definition.name, "", true);
}

/** The same schema with each `type` written as `types` maps it (the SDK's enum). */
function withTypes<T>(node: GeminiSchema, types: Readonly<Record<GeminiType, T>>): GeminiSchema<T> {
  const { type, properties, items, anyOf, ...rest } = node;
  const out: GeminiSchema<T> = { ...rest };
  if (type) out.type = types[type];
  if (properties)
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([name, sub]) => [name, withTypes(sub, types)]),
    );
  if (items) out.items = withTypes(items, types);
  if (anyOf) out.anyOf = anyOf.map((alt) => withTypes(alt, types));
  return out;
}

export function toGeminiFunctionDeclarations(
  definitions: readonly ToolDefinition[],
): GeminiFunctionDeclaration[];
export function toGeminiFunctionDeclarations<T>(
  definitions: readonly ToolDefinition[],
  options: GeminiTypeOptions<T>,
): GeminiFunctionDeclaration<T>[];
export function toGeminiFunctionDeclarations<T>(
  definitions: readonly ToolDefinition[],
  options?: GeminiTypeOptions<T>,
): GeminiFunctionDeclaration<T | GeminiType>[] {
  return definitions.map((d) => {
    const schema = toGeminiSchema(d);
    const parameters = schema && options ? withTypes(schema, options.Type) : schema;
    return parameters
      ? { name: d.name, description: d.description, parameters }
      : { name: d.name, description: d.description };
  });
}

/**
 * `{ functionDeclarations }`: one entry of a request's `tools`. With `{ Type }` from
 * `@google/genai`, the result is that SDK's `Tool` without a cast.
 */
export function toGeminiTool(definitions: readonly ToolDefinition[]): GeminiTool;
export function toGeminiTool<T>(
  definitions: readonly ToolDefinition[],
  options: GeminiTypeOptions<T>,
): GeminiTool<T>;
export function toGeminiTool<T>(
  definitions: readonly ToolDefinition[],
  options?: GeminiTypeOptions<T>,
): GeminiTool<T | GeminiType> {
  return {
    functionDeclarations: options
      ? toGeminiFunctionDeclarations(definitions, options)
      : toGeminiFunctionDeclarations(definitions),
  };
}

/**
 * Neutral arguments from a Gemini `functionCall.args` of `definition`: JSON-string arguments are
 * parsed, and a `null` on an optional argument that cannot be null is removed.
 */
export function decodeGeminiArguments(definition: ToolDefinition, args: unknown): unknown {
  return decodeToolArguments(definition, args, "unless-nullable");
}
