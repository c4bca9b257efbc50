/**
 * Says why a value does not match a schema of the spec, one line a mismatch: the JSON pointer in
 * the value, what the spec says there and what was sent. Alternatives (`anyOf`/`oneOf`) are
 * explained by the one that comes closest, so the lines of different alternatives never mix.
 */
import type { ErrorObject } from "ajv";
import { DocumentValidator } from "../spec-sync/examples";
import { escapeSegment, getAt } from "../spec-sync/pointer";

type Json = Record<string, unknown>;

export interface Mismatch {
  /** JSON pointer into the value. */
  at: string;
  /** What the spec says there. */
  spec: string;
  /** What the value holds there. */
  sent: string;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Follows `$ref`s from a schema pointer to the schema object and its own pointer. */
function resolve(doc: Json, at: string): { at: string; schema: Json | undefined } {
  let pointer = at;
  for (let hops = 0; hops < 32; hops++) {
    const schema = getAt(doc, pointer);
    if (!isObject(schema)) return { at: pointer, schema: undefined };
    if (typeof schema.$ref !== "string" || !schema.$ref.startsWith("#"))
      return { at: pointer, schema };
    pointer = schema.$ref.slice(1);
  }
  return { at: pointer, schema: undefined };
}

function fromAjv(error: ErrorObject, value: unknown, base: string): Mismatch {
  const at = `${base}${error.instancePath}`;
  const here = error.instancePath ? getAt(value, error.instancePath) : value;
  const params = error.params as Json;
  if (error.keyword === "required") {
    const name = String(params.missingProperty);
    return { at: `${at}/${escapeSegment(name)}`, spec: "required", sent: "nothing" };
  }
  if (error.keyword === "enum")
    return {
      at,
      spec: `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      sent: describeValue(here),
    };
  if (error.keyword === "type")
    return { at, spec: `type ${String(params.type)}`, sent: describeValue(here) };
  return { at, spec: error.message ?? error.keyword, sent: describeValue(here) };
}

export class SchemaExplainer {
  private readonly validator: DocumentValidator;

  constructor(private readonly doc: Json) {
    this.validator = new DocumentValidator(doc);
  }

  /** Every mismatch of `value` against the schema at `schemaAt`; empty when it validates. */
  explain(schemaAt: string, value: unknown, base = ""): Mismatch[] {
    const errors = this.validator.errors(schemaAt, value);
    if (!errors.length) return [];
    const { at, schema } = resolve(this.doc, schemaAt);
    if (!schema) return errors.map((e) => fromAjv(e, value, base));
    const alternatives = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
    if (Array.isArray(alternatives)) return this.closest(at, schema, alternatives, value, base);
    if (isObject(value) && isObject(schema.properties))
      return this.explainObject(at, schema, value, base);
    if (Array.isArray(value) && isObject(schema.items))
      return value.flatMap((item, i) => this.explain(`${at}/items`, item, `${base}/${i}`));
    return errors.filter((e) => e.instancePath === "").map((e) => fromAjv(e, value, base));
  }

  private closest(at: string, schema: Json, alternatives: unknown[], value: unknown, base: string) {
    const key = schema.anyOf ? "anyOf" : "oneOf";
    const explained = alternatives.map((_, i) => this.explain(`${at}/${key}/${i}`, value, base));
    if (explained.some((list) => list.length === 0)) return []; // oneOf matching twice: not ours to say
    // An alternative of another type (an array where an object came) explains nothing useful.
    const wrongType = (list: Mismatch[]) =>
      list.some((m) => m.at === base && m.spec.startsWith("type "));
    const sameType = explained.filter((list) => !wrongType(list));
    const pool = sameType.length ? sameType : explained;
    return pool.reduce((best, list) => (list.length < best.length ? list : best));
  }

  private explainObject(at: string, schema: Json, value: Json, base: string): Mismatch[] {
    const own = this.validator
      .errors(at, value)
      .filter((e) => e.instancePath === "" && e.keyword !== "properties");
    const out = own.map((e) => fromAjv(e, value, base));
    for (const [name, sub] of Object.entries(schema.properties as Json)) {
      if (!(name in value) || sub === undefined) continue;
      out.push(
        ...this.explain(
          `${at}/properties/${escapeSegment(name)}`,
          value[name],
          `${base}/${escapeSegment(name)}`,
        ),
      );
    }
    return out;
  }
}

export function formatMismatch(m: Mismatch): string {
  return `${m.at || "(root)"}: the spec says ${m.spec}, Cal.com sent ${m.sent}`;
}
