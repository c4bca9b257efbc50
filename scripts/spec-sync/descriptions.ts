/**
 * Fields without a description among the schemas the operations reach: every field a caller
 * sends or reads must be explained in our words (spec/curation/schemas.yaml).
 */
import { escapeSegment } from "./pointer";
import { reachSchemas } from "./schema-usage";

type Json = Record<string, unknown>;

export interface UndescribedField {
  /** JSON pointer of the property's schema. */
  at: string;
  /** The component schema holding it. */
  schema: string;
  /** Dotted path of the property inside that schema (nested inline objects included). */
  field: string;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const NESTED = ["items", "additionalProperties"];
const ALTERNATIVES = ["anyOf", "oneOf", "allOf"];

function visit(
  node: unknown,
  at: string,
  schema: string,
  prefix: string,
  out: UndescribedField[],
): void {
  if (!isObject(node)) return;
  const properties = isObject(node.properties) ? node.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    const propertyAt = `${at}/properties/${escapeSegment(name)}`;
    const field = prefix ? `${prefix}.${name}` : name;
    if (!isObject(property) || typeof property.description !== "string" || !property.description)
      out.push({ at: propertyAt, schema, field });
    visit(property, propertyAt, schema, field, out);
  }
  for (const key of NESTED) visit(node[key], `${at}/${key}`, schema, prefix, out);
  for (const key of ALTERNATIVES) {
    const list = node[key];
    if (Array.isArray(list))
      list.forEach((sub, i) => {
        visit(sub, `${at}/${key}/${i}`, schema, prefix, out);
      });
  }
}

/** Undescribed fields of the component schemas reached from `doc.paths`, in schema order. */
export function findUndescribedFields(doc: Json): UndescribedField[] {
  const pool = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  const out: UndescribedField[] = [];
  for (const name of reachSchemas([doc.paths], pool))
    visit(pool[name], `/components/schemas/${escapeSegment(name)}`, name, "", out);
  return out;
}
