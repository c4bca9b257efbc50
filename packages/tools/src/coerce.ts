/**
 * Liberal where the meaning is unambiguous: a model whose SDK rewrote our schema (`@ai-sdk/google`
 * turns the number enum `timeFormat: 12 | 24` into a string enum) sends `"12"` for a number, or
 * `"true"` for a boolean. Where the schema accepts no string at that place, such a string is read
 * as the number or boolean it spells. An open object (`metadata`) sent as a list of `{ key, value }`
 * pairs (the MCP tool form, see `adapters/key-value-pairs.ts`) is read as the object it spells.
 * Each change is reported so the result can say so.
 */
import { isFreeFormObject, isRecord, typesOf } from "./adapters/schema-shape.js";
import type { JsonSchema } from "./types.js";

export interface Coercion {
  readonly path: readonly (string | number)[];
  /** `the string "12" was read as the number 12` */
  readonly change: string;
}

const NUMBER_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** The number or boolean `text` spells, if `schema` takes one and no string. */
function scalarFor(schema: JsonSchema, text: string): number | boolean | undefined {
  const types = typesOf(schema);
  const values = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (types.includes("string") || values?.some((v) => typeof v === "string")) return undefined;
  const numeric = types.includes("number") || types.includes("integer");
  if (numeric && NUMBER_TEXT.test(text)) {
    const number = Number(text);
    if (types.includes("integer") && !types.includes("number") && !Number.isInteger(number))
      return undefined;
    return values && !values.includes(number) ? undefined : number;
  }
  if (types.includes("boolean") && (text === "true" || text === "false")) return text === "true";
  return undefined;
}

/** The object a non-empty list of distinct `{ key, value }` pairs spells, if it is one. */
function objectOfPairs(value: unknown[]): Record<string, unknown> | undefined {
  if (value.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const pair of value) {
    if (!isRecord(pair) || typeof pair.key !== "string" || !("value" in pair)) return undefined;
    if (Object.keys(pair).length !== 2 || Object.hasOwn(out, pair.key)) return undefined;
    out[pair.key] = pair.value;
  }
  return out;
}

function walk(
  schema: JsonSchema,
  value: unknown,
  path: (string | number)[],
  found: Coercion[],
): unknown {
  if (typeof value === "string") {
    const to = scalarFor(schema, value);
    if (to === undefined) return value;
    const change = `the string ${JSON.stringify(value)} was read as the ${typeof to} ${to}`;
    found.push({ path: [...path], change });
    return to;
  }
  const pairs = Array.isArray(value) && isFreeFormObject(schema) ? objectOfPairs(value) : undefined;
  if (pairs) {
    found.push({ path: [...path], change: "the list of key/value pairs was read as an object" });
    return pairs;
  }
  if (Array.isArray(value))
    return isRecord(schema.items)
      ? value.map((item, i) => walk(schema.items as JsonSchema, item, [...path, i], found))
      : value;
  if (!isRecord(value) || !isRecord(schema.properties)) return value;
  const properties = schema.properties;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
    out[key] = isRecord(sub) ? walk(sub, item, [...path, key], found) : item;
  }
  return out;
}

/** `args` with unambiguous strings read as numbers and booleans, and the list of what changed. */
export function coerceArguments(
  schema: JsonSchema,
  args: Record<string, unknown>,
): { args: Record<string, unknown>; coercions: Coercion[] } {
  const coercions: Coercion[] = [];
  const out = walk(schema, args, [], coercions) as Record<string, unknown>;
  return { args: out, coercions };
}
