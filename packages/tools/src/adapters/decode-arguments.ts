/**
 * Turns the arguments a model produced for a provider's schema back into neutral arguments, by
 * walking them beside the neutral input schema: arguments sent as JSON strings (free-form objects,
 * OpenAI strict mode) are parsed, and a `null` the format forced on an optional argument is removed. Never throws:
 * what it cannot undo it leaves as it is, for the executor's validation to name.
 */
import type { JsonSchema, ToolDefinition } from "../types.js";
import {
  allowsNull,
  isFreeForm,
  isFreeFormObject,
  isRecord,
  type Json,
  typesOf,
} from "./schema-shape.js";

/**
 * When a `null` on an optional argument means "not given":
 * - `always`: OpenAI strict mode makes every property required, so the model sends `null` for what
 *   it leaves out, even where the neutral schema also accepts `null` (an update must not clear a
 *   field the model did not mean to touch);
 * - `unless-nullable`: formats that keep `required` (Gemini) send `null` only on purpose.
 */
export type NullPolicy = "always" | "unless-nullable";

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function accepts(schema: JsonSchema, type: string): boolean {
  const types = typesOf(schema);
  if (types.length === 0) return false;
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

function parseJsonString(schema: JsonSchema, text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isFreeFormObject(schema)) return parsed;
  return isRecord(parsed) || (parsed === null && allowsNull(schema)) ? parsed : text;
}

/** The alternative of an `anyOf` that the value was produced for, if one fits. */
function pickAlternative(alternatives: unknown[], value: unknown): JsonSchema | undefined {
  const schemas = alternatives.filter(isRecord);
  if (value === null) return schemas.find(allowsNull);
  const type = jsonType(value);
  const typed = schemas.filter((alt) => accepts(alt, type) && !isFreeForm(alt));
  if (isRecord(value)) {
    const keys = Object.keys(value);
    const covering = typed.find(
      (alt) => isRecord(alt.properties) && keys.every((k) => k in (alt.properties as Json)),
    );
    if (covering) return covering;
  }
  if (typed[0]) return typed[0];
  return schemas.find(isFreeForm);
}

export function decodeValue(schema: JsonSchema, value: unknown, policy: NullPolicy): unknown {
  if (isFreeForm(schema)) return typeof value === "string" ? parseJsonString(schema, value) : value;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives)) {
    const alternative = pickAlternative(alternatives, value);
    return alternative ? decodeValue(alternative, value, policy) : value;
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    return isRecord(items) ? value.map((item) => decodeValue(items, item, policy)) : value;
  }
  if (isRecord(value) && isRecord(schema.properties)) {
    const properties = schema.properties;
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) {
      const sub = properties[key];
      // An argument the schema does not know stays, so the executor can reject it by name.
      if (!isRecord(sub)) {
        out[key] = item;
        continue;
      }
      const optional = !required.has(key);
      if (optional && item === null && (policy === "always" || !allowsNull(sub))) continue;
      if (optional && item === "" && isFreeForm(sub)) continue;
      out[key] = decodeValue(sub, item, policy);
    }
    return out;
  }
  return value;
}

/**
 * Neutral arguments for `definition` from what the model sent: an object, or the JSON text of one
 * (OpenAI's `function.arguments`). Anything else is returned unchanged.
 */
export function decodeToolArguments(
  definition: ToolDefinition,
  args: unknown,
  policy: NullPolicy,
): unknown {
  let value = args;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return args;
    }
  }
  if (!isRecord(value)) return value;
  return decodeValue(definition.inputSchema, value, policy);
}
