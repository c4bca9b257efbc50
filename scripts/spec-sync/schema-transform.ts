/**
 * Turns an upstream (OpenAPI 3.0) schema into ours (3.1): `nullable` becomes a `null` type,
 * `oneOf` becomes `anyOf` (upstream's alternatives overlap; see fixes.yaml), and upstream's prose
 * (`description`, `title`) is dropped so that only our words reach the spec. The walk knows which
 * keywords hold subschemas, so a property called `description` or an example value is never
 * mistaken for prose.
 */
type Schema = Record<string, unknown>;

const PROSE = new Set(["description", "title", "summary"]);
const SUBSCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA = new Set(["items", "not", "additionalProperties", "contains", "propertyNames"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs"]);

export function transformSchema(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const schema = input as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (PROSE.has(key) && typeof value === "string") continue;
    if (key === "nullable") continue;
    if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key === "oneOf" ? "anyOf" : key] = value.map(transformSchema);
    } else if (SUBSCHEMA.has(key) && typeof value === "object" && value !== null) {
      out[key] = transformSchema(value);
    } else if (SUBSCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transformSchema(v)]));
    } else {
      out[key] = structuredClone(value);
    }
  }
  const unwrapped = unwrapSingleAllOf(out);
  if (schema.nullable === true) makeNullable(unwrapped);
  return unwrapped;
}

/** `allOf: [X]` is Swagger's way to put siblings next to a $ref; OpenAPI 3.1 allows them directly. */
function unwrapSingleAllOf(schema: Schema): Schema {
  const allOf = schema.allOf;
  if (!Array.isArray(allOf) || allOf.length !== 1 || schema.$ref) return schema;
  const only = allOf[0] as Schema;
  if (typeof only !== "object" || only === null || typeof only.$ref !== "string") return schema;
  const { allOf: _drop, ...rest } = schema;
  return { $ref: only.$ref, ...rest };
}

/** Lets `schema` also be `null` (in place): a null type, a null enum member, or a null alternative. */
export function makeNullable(schema: Schema): void {
  if (Array.isArray(schema.anyOf) && !schema.$ref) {
    const alternatives = schema.anyOf as Schema[];
    if (!alternatives.some((a) => a.type === "null")) alternatives.push({ type: "null" });
    return;
  }
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null"))
    schema.type = [...schema.type, "null"];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null))
    schema.enum = [...schema.enum, null];
  if (schema.$ref) {
    const ref = schema.$ref;
    delete schema.$ref;
    schema.anyOf = [{ $ref: ref }, { type: "null" }];
  }
}

const VALUE_KEYWORDS = new Set(["example", "examples", "default", "enum", "const"]);

/** Every `$ref` under `value` (schemas, parameters, responses), not looking inside example values. */
export function collectRefs(
  value: unknown,
  into: Set<string> = new Set(),
  inPropertyMap = false,
): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string" && !inPropertyMap) into.add(child);
      else if (inPropertyMap || !VALUE_KEYWORDS.has(key))
        collectRefs(child, into, !inPropertyMap && key === "properties");
    }
  }
  return into;
}

export const SCHEMA_REF_PREFIX = "#/components/schemas/";
