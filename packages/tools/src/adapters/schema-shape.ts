/**
 * Questions the adapters ask of a neutral JSON Schema node: which types it allows, whether it is
 * free-form (any keys, or any value), and how a free-form argument travels as a JSON string in the
 * format that cannot describe it (OpenAI strict mode).
 */
import type { JsonSchema } from "../types.js";

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `type` keyword as a list (empty when the node has none). */
export function typesOf(schema: JsonSchema): string[] {
  const type = schema.type;
  if (typeof type === "string") return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : [];
}

/** The node accepts `null` (by its type, its enum or a `{type: "null"}` alternative). */
export function allowsNull(schema: JsonSchema): boolean {
  if (typesOf(schema).includes("null")) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  if ("const" in schema && schema.const === null) return true;
  const alternatives = schema.anyOf ?? schema.oneOf;
  return (
    Array.isArray(alternatives) && alternatives.some((alt) => isRecord(alt) && allowsNull(alt))
  );
}

function hasProperties(schema: JsonSchema): boolean {
  return isRecord(schema.properties) && Object.keys(schema.properties).length > 0;
}

/**
 * An object whose keys are not listed (`{type: "object"}`, a map with `additionalProperties`), or
 * a node that constrains nothing (`{}`, `{description}`): OpenAI strict mode cannot describe it,
 * so it receives it as a JSON-encoded string (the closed MCP and Gemini form lists an open object's
 * keys and values instead).
 */
export function isFreeForm(schema: JsonSchema): boolean {
  const types = typesOf(schema).filter((t) => t !== "null");
  if (types.length === 1 && types[0] === "object")
    return !hasProperties(schema) && schema.additionalProperties !== false;
  if (types.length > 0) return false;
  const constrained = [
    "anyOf",
    "oneOf",
    "allOf",
    "$ref",
    "enum",
    "const",
    "properties",
    "items",
    "not",
  ];
  return !constrained.some((key) => key in schema);
}

/** A free-form node that must be an object (rather than any JSON value). */
export function isFreeFormObject(schema: JsonSchema): boolean {
  return isFreeForm(schema) && typesOf(schema).includes("object");
}

/** Appended to the description of an argument that travels as a JSON string. */
export function jsonStringNote(schema: JsonSchema): string {
  return isFreeFormObject(schema)
    ? "Pass a JSON object encoded as a string."
    : "Pass a JSON value encoded as a string.";
}

export function withNote(description: unknown, note: string): string {
  const text = typeof description === "string" ? description.trim() : "";
  return text ? `${text} ${note}` : note;
}

/** Keywords whose meaning no adapter can keep: the adapters refuse them rather than drop them silently. */
export const UNSUPPORTED_COMPOSITION = [
  "allOf",
  "not",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "patternProperties",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "prefixItems",
] as const;

/** Thrown when a neutral definition holds something a format cannot express (a generator bug). */
export class UnsupportedSchemaError extends Error {
  constructor(
    readonly tool: string,
    readonly pointer: string,
    reason: string,
  ) {
    super(`${tool}: ${pointer || "/"}: ${reason}`);
    this.name = "UnsupportedSchemaError";
  }
}

export function assertComposable(
  schema: JsonSchema,
  tool: string,
  pointer: string,
  format: string,
): void {
  for (const key of UNSUPPORTED_COMPOSITION) {
    if (key in schema)
      throw new UnsupportedSchemaError(
        tool,
        pointer,
        `\`${key}\` cannot be expressed for ${format}`,
      );
  }
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
