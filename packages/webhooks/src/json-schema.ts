/**
 * A small JSON Schema (2020-12) validator for the delivery schemas in generated/events.gen.ts.
 * It interprets the schemas directly (no code generation, so no `eval`/`new Function`), which keeps
 * parsing usable in edge runtimes that forbid them. It knows exactly the keywords the generator
 * lets into those schemas; anything else throws instead of being silently ignored. `format` is an
 * annotation, as 2020-12 specifies by default.
 */

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** Named schemas that refer to each other as `#/$defs/<name>`. */
export interface JsonSchemaBundle {
  readonly $schema: string;
  readonly $defs: { readonly [name: string]: JsonSchema };
}

/** The first place a value breaks its schema. */
export interface SchemaProblem {
  /** Where, as `payload.attendees[0].email`; "" for the value itself. */
  path: string;
  /** What is wrong, e.g. `must be a string`; never the offending value. */
  message: string;
}

type Json = { [key: string]: unknown };

/** The keywords this validator checks; the generator refuses delivery schemas using others. */
export const VALIDATED_KEYWORDS: readonly string[] = [
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "const",
  "enum",
  "allOf",
  "anyOf",
  "oneOf",
  "pattern",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
];
const VALIDATED = new Set(VALIDATED_KEYWORDS);
/** Keywords that carry no constraint and are ignored. */
export const ANNOTATION_KEYWORDS: readonly string[] = [
  "$schema",
  "$defs",
  "description",
  "title",
  "format",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "example",
  "examples",
];
const ANNOTATIONS = new Set(ANNOTATION_KEYWORDS);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeOf(value) === type;
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]))
    );
  }
  return false;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function describeTypes(types: string[]): string {
  const words = types.map((t) => (t === "null" ? "null" : article(t)));
  return words.length > 1
    ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`
    : (words[0] ?? "");
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export class SchemaValidator {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly bundle: JsonSchemaBundle) {}

  /** The first problem of `value` against the `$defs` entry `name`, or null when it conforms. */
  validate(name: string, value: unknown): SchemaProblem | null {
    return this.check(this.definition(name), value, "", 0);
  }

  /** Throws when a definition (or one it refers to) uses a keyword this validator does not know. */
  assertSupported(name: string, seen = new Set<string>()): void {
    if (seen.has(name)) return;
    seen.add(name);
    const walk = (schema: unknown, at: string): void => {
      if (typeof schema === "boolean") return;
      if (!isObject(schema)) throw new Error(`${at}: a schema must be an object or a boolean`);
      for (const [keyword, value] of Object.entries(schema)) {
        if (ANNOTATIONS.has(keyword) || keyword.startsWith("x-")) continue;
        if (!VALIDATED.has(keyword))
          throw new Error(`${at}: unsupported JSON Schema keyword "${keyword}"`);
        if (keyword === "$ref") this.assertSupported(this.refName(value as string, at), seen);
        else if (keyword === "properties")
          for (const [k, v] of Object.entries(value as Json)) walk(v, `${at}/properties/${k}`);
        else if (keyword === "items" || keyword === "additionalProperties")
          walk(value, `${at}/${keyword}`);
        else if (keyword === "allOf" || keyword === "anyOf" || keyword === "oneOf")
          for (const [i, v] of (value as unknown[]).entries()) walk(v, `${at}/${keyword}/${i}`);
      }
    };
    walk(this.definition(name), `#/$defs/${name}`);
  }

  private definition(name: string): JsonSchema {
    const schema = this.bundle.$defs[name];
    if (schema === undefined) throw new Error(`No schema named ${name} in the bundle.`);
    return schema;
  }

  private refName(ref: string, at: string): string {
    if (typeof ref !== "string" || !ref.startsWith("#/$defs/"))
      throw new Error(`${at}: only #/$defs/<name> references are supported`);
    return decodeURIComponent(ref.slice("#/$defs/".length)).replace(/~1/g, "/").replace(/~0/g, "~");
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) {
      re = new RegExp(pattern, "u");
      this.patterns.set(pattern, re);
    }
    return re;
  }

  private check(
    schema: JsonSchema,
    value: unknown,
    path: string,
    depth: number,
  ): SchemaProblem | null {
    if (schema === true) return null;
    if (schema === false) return { path, message: "is not allowed" };
    if (depth > 64) throw new Error("The delivery schemas nest too deeply (a reference cycle?).");
    const fail = (message: string, at = path): SchemaProblem => ({ path: at, message });

    for (const [keyword, rule] of Object.entries(schema)) {
      let problem: SchemaProblem | null = null;
      switch (keyword) {
        case "$ref":
          problem = this.check(
            this.definition(this.refName(rule as string, path)),
            value,
            path,
            depth + 1,
          );
          break;
        case "type": {
          const types = Array.isArray(rule) ? (rule as string[]) : [rule as string];
          if (!types.some((t) => hasType(value, t)))
            problem = fail(`must be ${describeTypes(types)}`);
          break;
        }
        case "const":
          if (!equal(value, rule)) problem = fail(`must be ${JSON.stringify(rule)}`);
          break;
        case "enum":
          if (!(rule as unknown[]).some((option) => equal(value, option)))
            problem = fail(
              `must be one of ${(rule as unknown[]).map((o) => JSON.stringify(o)).join(", ")}`,
            );
          break;
        case "required":
          if (isObject(value)) {
            const missing = (rule as string[]).find((key) => !Object.hasOwn(value, key));
            if (missing !== undefined) problem = fail("is missing", childPath(path, missing));
          }
          break;
        case "properties":
          if (isObject(value)) {
            for (const [key, sub] of Object.entries(rule as Json)) {
              if (!Object.hasOwn(value, key)) continue;
              problem = this.check(sub as JsonSchema, value[key], childPath(path, key), depth + 1);
              if (problem) break;
            }
          }
          break;
        case "additionalProperties":
          if (isObject(value)) {
            const declared = isObject(schema.properties) ? schema.properties : {};
            for (const key of Object.keys(value)) {
              if (Object.hasOwn(declared, key)) continue;
              problem =
                rule === false
                  ? fail("is not allowed", childPath(path, key))
                  : this.check(rule as JsonSchema, value[key], childPath(path, key), depth + 1);
              if (problem) break;
            }
          }
          break;
        case "items":
          if (Array.isArray(value)) {
            for (const [i, item] of value.entries()) {
              problem = this.check(rule as JsonSchema, item, childPath(path, i), depth + 1);
              if (problem) break;
            }
          }
          break;
        case "allOf":
          for (const part of rule as JsonSchema[]) {
            problem = this.check(part, value, path, depth + 1);
            if (problem) break;
          }
          break;
        case "anyOf":
        case "oneOf": {
          const problems: SchemaProblem[] = [];
          let matches = 0;
          for (const option of rule as JsonSchema[]) {
            const p = this.check(option, value, path, depth + 1);
            if (p) problems.push(p);
            else matches++;
          }
          if (matches === 0) {
            const here = problems.filter(
              (p) => p.path === path && p.message.startsWith("must be "),
            );
            // Alternatives that all reject the value's type: list what it may be. Otherwise report
            // the alternative that got furthest into the value, whose problem is the most specific.
            problem =
              here.length === problems.length
                ? fail(
                    `must be ${[...new Set(here.map((p) => p.message.slice("must be ".length)))].join(" or ")}`,
                  )
                : problems.reduce((best, p) => (p.path.length > best.path.length ? p : best));
          } else if (keyword === "oneOf" && matches > 1)
            problem = fail("matches more than one allowed shape");
          break;
        }
        case "pattern":
          if (typeof value === "string" && !this.regex(rule as string).test(value))
            problem = fail("does not have the expected format");
          break;
        case "minLength":
          if (typeof value === "string" && [...value].length < (rule as number))
            problem = fail(`must have at least ${rule} characters`);
          break;
        case "maxLength":
          if (typeof value === "string" && [...value].length > (rule as number))
            problem = fail(`must have at most ${rule} characters`);
          break;
        case "minItems":
          if (Array.isArray(value) && value.length < (rule as number))
            problem = fail(`must have at least ${rule} items`);
          break;
        case "maxItems":
          if (Array.isArray(value) && value.length > (rule as number))
            problem = fail(`must have at most ${rule} items`);
          break;
        case "minimum":
          if (typeof value === "number" && value < (rule as number))
            problem = fail(`must be at least ${rule}`);
          break;
        case "maximum":
          if (typeof value === "number" && value > (rule as number))
            problem = fail(`must be at most ${rule}`);
          break;
        default:
          if (!ANNOTATIONS.has(keyword) && !keyword.startsWith("x-"))
            throw new Error(`Unsupported JSON Schema keyword "${keyword}" at ${path || "(root)"}.`);
      }
      if (problem) return problem;
    }
    return null;
  }
}
