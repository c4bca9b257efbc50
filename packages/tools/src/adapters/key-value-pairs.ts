/**
 * Open objects (`metadata`, `bookingFieldsResponses`: any keys) as a list of `{ key, value }`
 * pairs, and a closed root: the tool form strict-mode bridges can convert (@openai/agents'
 * `convertSchemasToStrict` falls back to non-strict on an object whose keys are not listed, and on
 * a root that lists none without `additionalProperties: false`). The executor reads such a list
 * back as the object it spells (see `coerce.ts`).
 */
import type { JsonSchema } from "../types.js";
import { allowsNull, isFreeFormObject, isRecord, type Json } from "./schema-shape.js";

/** One entry of an open object (it lists its keys, so a strict bridge closes it as it is). */
export const KEY_VALUE_PAIR: JsonSchema = {
  type: "object",
  properties: { key: { type: "string" }, value: { type: ["string", "number", "boolean"] } },
  required: ["key", "value"],
};

/** The items schema says `{ key, value }` already; the description keeps what the pairs mean. */
function asKeyValuePairs(schema: JsonSchema): JsonSchema {
  return {
    type: allowsNull(schema) ? ["array", "null"] : "array",
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
    items: KEY_VALUE_PAIR,
  };
}

function closeNode(schema: JsonSchema): JsonSchema {
  if (isFreeFormObject(schema)) return asKeyValuePairs(schema);
  const out: Json = { ...schema };
  if (isRecord(schema.properties))
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, sub]) => [
        name,
        isRecord(sub) ? closeNode(sub) : sub,
      ]),
    );
  if (isRecord(schema.items)) out.items = closeNode(schema.items);
  return out;
}

/** A closed object schema: listed properties, `required` (maybe empty), no other keys. */
export type ClosedObjectSchema = JsonSchema & {
  type: "object";
  properties: Record<string, JsonSchema>;
  required: string[];
  additionalProperties: false;
};

/**
 * The input schema with open objects as key/value pairs and no other top-level arguments. Only
 * the arguments are closed: the root of a tool without arguments is an empty object, not an open
 * one to spell as pairs. `required` and `additionalProperties` stay on every root, even where a
 * bridge would add them: @openai/agents types an MCP tool's `inputSchema` with both.
 */
export function closedInputSchema(inputSchema: JsonSchema): ClosedObjectSchema {
  const properties = isRecord(inputSchema.properties) ? inputSchema.properties : {};
  const required = Array.isArray(inputSchema.required) ? inputSchema.required : [];
  return {
    ...inputSchema,
    type: "object",
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, sub]) => [name, isRecord(sub) ? closeNode(sub) : sub]),
    ) as Record<string, JsonSchema>,
    required: required.filter((r): r is string => typeof r === "string"),
    additionalProperties: false,
  };
}
