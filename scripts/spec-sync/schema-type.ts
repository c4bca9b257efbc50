/**
 * Short, stable descriptions of a schema's type for the drift report, and of how a type changed:
 * an enum that only gained or lost values is reported as those values, not as two whole lists.
 */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function baseType(s: Json): string {
  if (Array.isArray(s.type)) return s.type.join("|");
  return typeof s.type === "string" ? s.type : "any";
}

/** `withEnum: false` leaves enum values out, to tell an enum change from a type change. */
export function typeOf(schema: unknown, withEnum = true): string {
  if (!isObject(schema)) return "any";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() ?? "ref";
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const alternatives = schema[key];
    if (Array.isArray(alternatives))
      return `${key}(${alternatives.map((a) => typeOf(a, withEnum)).join(" | ")})`;
  }
  const type = baseType(schema);
  if (type === "array" || type.startsWith("array|"))
    return `${type}<${typeOf(schema.items, withEnum)}>`;
  const extras = [
    schema.format ? `format ${String(schema.format)}` : "",
    withEnum && Array.isArray(schema.enum) ? `enum ${JSON.stringify(schema.enum)}` : "",
  ].filter(Boolean);
  return extras.length ? `${type} (${extras.join(", ")})` : type;
}

/** The enum of a schema or of its array items, if any. */
function enumOf(schema: unknown): unknown[] | undefined {
  if (!isObject(schema)) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  return isObject(schema.items) ? enumOf(schema.items) : undefined;
}

function listValues(values: unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

/** Undefined when the type did not change; else what changed, in a few words. */
export function describeTypeChange(before: unknown, after: unknown): string | undefined {
  if (typeOf(before) === typeOf(after)) return undefined;
  const oldEnum = enumOf(before);
  const newEnum = enumOf(after);
  if (typeOf(before, false) === typeOf(after, false) && oldEnum && newEnum) {
    const added = newEnum.filter((v) => !oldEnum.includes(v));
    const removed = oldEnum.filter((v) => !newEnum.includes(v));
    const parts = [
      added.length ? `enum values added: ${listValues(added)}` : "",
      removed.length ? `enum values removed: ${listValues(removed)}` : "",
    ].filter(Boolean);
    return parts.length ? parts.join("; ") : "enum values reordered";
  }
  return `type ${typeOf(before)} → ${typeOf(after)}`;
}
