/**
 * Finds every example in an OpenAPI 3.1 document and validates it against the schema it
 * illustrates (JSON Schema 2020-12 with formats, refs resolved inside the document).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { escapeSegment, getAt, toPointer } from "./pointer";
import { typeOf } from "./schema-type";

// ajv-formats is CommonJS; under ESM its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void;

export interface FoundExample {
  /** Where the example value sits in the document. */
  at: string;
  /** Where the schema it must satisfy sits. */
  schemaAt: string;
  value: unknown;
  /** "schema" for an `example` keyword inside a schema, else "operation". */
  kind: "schema" | "operation";
}

export interface ExampleProblem {
  at: string;
  message: string;
}

const METHODS = ["get", "put", "post", "patch", "delete"];

export function findExamples(doc: Record<string, unknown>): FoundExample[] {
  const found: FoundExample[] = [];
  const items: [string, string, Record<string, Record<string, unknown>>][] = [
    ...Object.entries(
      (doc.paths ?? {}) as Record<string, Record<string, Record<string, unknown>>>,
    ).map(([k, v]) => ["paths", k, v] as [string, string, typeof v]),
    ...Object.entries(
      (doc.webhooks ?? {}) as Record<string, Record<string, Record<string, unknown>>>,
    ).map(([k, v]) => ["webhooks", k, v] as [string, string, typeof v]),
  ];
  for (const [section, path, item] of items) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const base = [section, path, method];
      const params = (op.parameters ?? []) as Record<string, unknown>[];
      params.forEach((p, i) => {
        if ("example" in p)
          found.push({
            at: toPointer([...base, "parameters", i, "example"]),
            schemaAt: toPointer([...base, "parameters", i, "schema"]),
            value: p.example,
            kind: "operation",
          });
      });
      const media = (at: (string | number)[], content: unknown) => {
        for (const [type, m] of Object.entries(
          (content ?? {}) as Record<string, Record<string, unknown>>,
        )) {
          const schemaAt = toPointer([...at, "content", type, "schema"]);
          if ("example" in m)
            found.push({
              at: toPointer([...at, "content", type, "example"]),
              schemaAt,
              value: m.example,
              kind: "operation",
            });
          for (const [name, ex] of Object.entries(
            (m.examples ?? {}) as Record<string, { value?: unknown }>,
          )) {
            found.push({
              at: toPointer([...at, "content", type, "examples", name, "value"]),
              schemaAt,
              value: ex.value,
              kind: "operation",
            });
          }
        }
      };
      const body = op.requestBody as Record<string, unknown> | undefined;
      if (body && !("$ref" in body)) media([...base, "requestBody"], body.content);
      for (const [status, response] of Object.entries(
        (op.responses ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (!("$ref" in response)) media([...base, "responses", status], response.content);
      }
    }
  }
  const responses = ((doc.components as Record<string, unknown> | undefined)?.responses ??
    {}) as Record<string, Record<string, unknown>>;
  for (const [name, response] of Object.entries(responses)) {
    for (const [type, m] of Object.entries(
      (response.content ?? {}) as Record<string, Record<string, unknown>>,
    )) {
      const schemaAt = toPointer(["components", "responses", name, "content", type, "schema"]);
      for (const [exName, ex] of Object.entries(
        (m.examples ?? {}) as Record<string, { value?: unknown }>,
      )) {
        found.push({
          at: toPointer([
            "components",
            "responses",
            name,
            "content",
            type,
            "examples",
            exName,
            "value",
          ]),
          schemaAt,
          value: ex.value,
          kind: "operation",
        });
      }
    }
  }
  const schemas = ((doc.components as Record<string, unknown> | undefined)?.schemas ??
    {}) as Record<string, unknown>;
  for (const [name, schema] of Object.entries(schemas))
    walkSchema(schema, `/components/schemas/${escapeSegment(name)}`, found);
  return found;
}

function walkSchema(schema: unknown, at: string, found: FoundExample[]): void {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return;
  const s = schema as Record<string, unknown>;
  if ("example" in s)
    found.push({ at: `${at}/example`, schemaAt: at, value: s.example, kind: "schema" });
  for (const key of ["items", "not", "additionalProperties"])
    if (key in s) walkSchema(s[key], `${at}/${key}`, found);
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    if (Array.isArray(s[key]))
      (s[key] as unknown[]).forEach((sub, i) => {
        walkSchema(sub, `${at}/${key}/${i}`, found);
      });
  }
  if (typeof s.properties === "object" && s.properties !== null) {
    for (const [name, sub] of Object.entries(s.properties))
      walkSchema(sub, `${at}/properties/${escapeSegment(name)}`, found);
  }
}

/** At most this many problems are listed for one value; the rest are counted. */
const MAX_PROBLEMS = 12;

function formatError(e: ErrorObject, base = ""): string {
  const allowed =
    e.params && "allowedValues" in e.params ? (e.params.allowedValues as unknown[]) : undefined;
  const values = allowed
    ? `: ${allowed.slice(0, 6).join(", ")}${allowed.length > 6 ? ", …" : ""}`
    : "";
  return `${base + e.instancePath || "(root)"} ${e.message}${values}`;
}

function isUnder(e: ErrorObject, path: string): boolean {
  return e.instancePath === path || e.instancePath.startsWith(`${path}/`);
}

/** A failed anyOf (or a oneOf that nothing matched): its alternatives are explained one by one. */
function isFailedChoice(e: ErrorObject): boolean {
  if (e.keyword === "anyOf") return true;
  return e.keyword === "oneOf" && !(e.params as { passingSchemas?: unknown }).passingSchemas;
}

/** How far a value is from an alternative: a wrong type or tag at its root rules it out first. */
function distance(errors: readonly ErrorObject[]): number {
  const ruledOut = errors.some(
    (e) =>
      (e.instancePath === "" && (e.keyword === "type" || e.keyword === "const")) ||
      (e.keyword === "const" && e.instancePath.split("/").length === 2),
  );
  return errors.length + (ruledOut ? 1000 : 0);
}

/** Validates values against schemas that live inside `doc`. */
export class DocumentValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: Record<string, unknown>) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      validateSchema: false,
      verbose: true,
    });
    addFormats(this.ajv);
    this.ajv.addSchema(doc, "spec");
  }

  /** Ajv's errors of `value` against the schema at `schemaAt` (empty when valid). */
  errors(schemaAt: string, value: unknown): ErrorObject[] {
    return this.errorsOf({ $ref: `spec#${encodeURI(schemaAt)}` }, value);
  }

  /**
   * Problems of `value` against the schema at `schemaAt`, as readable strings (empty when valid).
   * Where no alternative of an anyOf fits, only the closest alternative's problems are listed.
   */
  validate(schemaAt: string, value: unknown): string[] {
    const problems = [...new Set(this.check({ $ref: `spec#${encodeURI(schemaAt)}` }, value, ""))];
    if (problems.length <= MAX_PROBLEMS) return problems;
    return [...problems.slice(0, MAX_PROBLEMS), `… ${problems.length - MAX_PROBLEMS} more`];
  }

  private compile(schema: unknown): ValidateFunction {
    // A schema taken from the document refers to it with "#/…"; compiled alone it says "spec#/…".
    const text = JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"spec#/');
    let validate = this.compiled.get(text);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(text));
      this.compiled.set(text, validate);
    }
    return validate;
  }

  private errorsOf(schema: unknown, value: unknown): ErrorObject[] {
    const validate = this.compile(schema);
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  private check(schema: unknown, value: unknown, base: string): string[] {
    return this.explain(this.errorsOf(schema, value), value, base);
  }

  private explain(errors: ErrorObject[], value: unknown, base: string): string[] {
    const choices = errors.filter(isFailedChoice);
    const outermost = choices.filter(
      (c) =>
        !choices.some(
          (o) => o !== c && o.instancePath !== c.instancePath && isUnder(c, o.instancePath),
        ),
    );
    const lines = errors
      .filter((e) => !outermost.some((c) => isUnder(e, c.instancePath)))
      .map((e) => formatError(e, base));
    const explained = new Set<string>();
    for (const choice of outermost) {
      if (explained.has(choice.instancePath)) continue;
      explained.add(choice.instancePath);
      lines.push(...this.explainChoice(choice, getAt(value, choice.instancePath), base));
    }
    return lines;
  }

  private explainChoice(choice: ErrorObject, value: unknown, base: string): string[] {
    const alternatives = choice.schema as unknown[];
    const at = base + choice.instancePath;
    const ranked = alternatives
      .map((alternative) => ({ alternative, errors: this.errorsOf(alternative, value) }))
      .sort((a, b) => distance(a.errors) - distance(b.errors));
    const closest = ranked[0];
    if (!closest) return [`${at || "(root)"} ${choice.message}`];
    return [
      `${at || "(root)"} matches none of the ${alternatives.length} alternatives; the closest, ${typeOf(closest.alternative)}, says:`,
      ...this.explain(closest.errors, value, at),
    ];
  }
}

export function checkExamples(
  doc: Record<string, unknown>,
  examples = findExamples(doc),
): ExampleProblem[] {
  const validator = new DocumentValidator(doc);
  const problems: ExampleProblem[] = [];
  for (const example of examples) {
    if (getAt(doc, example.schemaAt) === undefined) {
      problems.push({ at: example.at, message: "no schema to check it against" });
      continue;
    }
    const errors = validator.validate(example.schemaAt, example.value);
    if (errors.length) problems.push({ at: example.at, message: errors.join("; ") });
  }
  return problems;
}
