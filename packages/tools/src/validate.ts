/**
 * Argument validation for tool calls: untrusted model output in, either clean JSON arguments or
 * problems a model can act on (which field, what was expected, what it sent). Never throws.
 */
import { pathIdProblem } from "@calkit/client";
import type { ErrorObject, ValidateFunction } from "ajv";
import { sharedAjv } from "./ajv.js";
import { parsePointer } from "./json-pointer.js";
import { closestNames } from "./suggest.js";
import { firstSentence } from "./text.js";
import type { JsonSchema, ToolDefinition } from "./types.js";

/** One thing wrong with the arguments. `field` is a dotted path (`attendee.email`, `guests[1]`); absent for the object itself. */
export interface ArgumentProblem {
  readonly field?: string;
  readonly message: string;
}

export type ArgumentCheck =
  | { readonly ok: true; readonly args: Record<string, unknown> }
  | {
      readonly ok: false;
      readonly problems: readonly ArgumentProblem[];
      readonly message: string;
      readonly field?: string;
    };

/** Longest string accepted anywhere in the arguments (Cal.com's own fields are far shorter). */
export const MAX_STRING_LENGTH = 10_000;
/** Deepest nesting accepted. */
export const MAX_DEPTH = 20;
/** Most values (object members, array items, scalars) accepted in one argument object. */
export const MAX_VALUES = 5_000;
/** Longest JSON text accepted when the arguments arrive as a string. */
const MAX_JSON_TEXT = 200_000;
/** Problems named in one message; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 5;

const compiled = new WeakMap<JsonSchema, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // Unknown top-level arguments are rejected by name, whatever the generated schema says.
    validate = sharedAjv().compile({ ...schema, additionalProperties: false });
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Checks `input` (the model's arguments: an object, or its JSON text) against the tool's input
 * schema. On success returns a detached plain copy, with `null` dropped from optional fields that
 * do not accept it (OpenAI strict mode sends null for "not given").
 */
export function checkArguments(
  tool: Pick<ToolDefinition, "name" | "inputSchema" | "arguments">,
  input: unknown,
): ArgumentCheck {
  const schema = tool.inputSchema;
  const read = readArguments(input, schema);
  if ("problems" in read) return failure(read.problems);
  const args = dropNullOptionals(read.value, schema) as Record<string, unknown>;
  const validate = validatorFor(schema);
  if (!validate(args)) return failure(describeErrors(validate.errors ?? [], schema, args));
  const pathProblems = checkPathIds(tool.arguments.path, args);
  return pathProblems.length ? failure(pathProblems) : { ok: true, args };
}

/** Path arguments the schema accepts but no URL may be built from (the client's own rule). */
function checkPathIds(names: readonly string[], args: Record<string, unknown>): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  for (const name of names) {
    const problem = args[name] === undefined ? undefined : pathIdProblem(args[name]);
    if (problem !== undefined) problems.push({ field: name, message: `${tick(name)} ${problem}` });
  }
  return problems;
}

function failure(problems: ArgumentProblem[]): ArgumentCheck {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => p.message);
  const more = problems.length - shown.length;
  const message =
    problems.length === 1
      ? `Invalid arguments: ${shown[0]}.`
      : `Invalid arguments (${problems.length} problems): ${shown.map((m, i) => `${i + 1}) ${m}`).join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
  const field = problems[0]?.field;
  return { ok: false, problems, message, ...(field !== undefined ? { field } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Reading untrusted input into plain JSON.

type Read = { value: Record<string, unknown> } | { problems: ArgumentProblem[] };

function readArguments(input: unknown, schema: JsonSchema): Read {
  let value = input;
  if (value === undefined || value === null) value = {};
  if (typeof value === "string") {
    const text = value.trim();
    if (text.length > MAX_JSON_TEXT) {
      return {
        problems: [
          {
            message: `the arguments must be a JSON object; got a string of ${value.length} characters`,
          },
        ],
      };
    }
    try {
      value = text === "" ? {} : JSON.parse(text);
    } catch {
      return {
        problems: [
          {
            message: `the arguments must be a JSON object; got a string that is not JSON (${preview(text)})`,
          },
        ],
      };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      problems: [
        {
          message: `the arguments must be a JSON object with named fields; got ${describeValue(value)}`,
        },
      ],
    };
  }
  const reader = new JsonReader(schema);
  try {
    const copy = reader.read(value, [], 0);
    if (reader.problems.length) return { problems: reader.problems };
    return { value: copy as Record<string, unknown> };
  } catch (error) {
    // A getter or proxy trap threw while reading: report it, never rethrow.
    return {
      problems: [
        {
          message: `the arguments could not be read (${error instanceof Error ? error.message : String(error)}); send plain JSON`,
        },
      ],
    };
  }
}

class JsonReader {
  readonly problems: ArgumentProblem[] = [];
  private values = 0;
  private readonly ancestors = new Set<object>();

  constructor(private readonly schema: JsonSchema) {}

  read(value: unknown, path: (string | number)[], depth: number): unknown {
    if (++this.values > MAX_VALUES) {
      if (this.values === MAX_VALUES + 1)
        this.problem([], `the arguments are too large (more than ${MAX_VALUES} values)`);
      return undefined;
    }
    switch (typeof value) {
      case "string":
        if (value.length > MAX_STRING_LENGTH) {
          this.problem(
            path,
            `${code(path)} is too long: ${value.length} characters, at most ${MAX_STRING_LENGTH}`,
          );
        }
        return value;
      case "boolean":
        return value;
      case "number":
        if (!Number.isFinite(value))
          this.problem(path, `${code(path)} must be a finite number; got ${String(value)}`);
        return value;
      case "undefined":
        return undefined;
      case "object":
        break;
      default:
        this.problem(path, `${code(path)} must be JSON data; got a ${typeof value}`);
        return undefined;
    }
    if (value === null) return null;
    if (depth >= MAX_DEPTH) {
      this.problem(path, `${code(path)} is nested too deeply (more than ${MAX_DEPTH} levels)`);
      return undefined;
    }
    if (this.ancestors.has(value)) {
      this.problem(path, `${code(path)} contains itself (a cycle); send plain JSON`);
      return undefined;
    }
    this.ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          const item = this.read(value[i], [...path, i], depth + 1);
          out.push(item === undefined ? null : item);
        }
        return out;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        const kind = (value as object).constructor?.name ?? "object";
        this.problem(path, `${code(path)} must be a plain JSON object; got a ${kind}`);
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (key === "__proto__") {
          // Never copied: assigning it would change the copy's prototype.
          this.problem(
            [...path, key],
            path.length === 0
              ? unknownArgument(key, this.schema)
              : `${code([...path, key])} is not an allowed field name`,
          );
          continue;
        }
        const item = this.read((value as Record<string, unknown>)[key], [...path, key], depth + 1);
        if (item !== undefined) out[key] = item;
      }
      return out;
    } finally {
      this.ancestors.delete(value);
    }
  }

  private problem(path: (string | number)[], message: string): void {
    this.problems.push(path.length ? { field: fieldName(path), message } : { message });
  }
}

/** Removes `null` from properties that are optional and whose schema does not accept null. */
function dropNullOptionals(value: unknown, schema: JsonSchema | undefined): unknown {
  if (!schema || typeof schema !== "object") return value;
  if (Array.isArray(value)) {
    const items = schema.items as JsonSchema | undefined;
    return items ? value.map((v) => dropNullOptionals(v, items)) : value;
  }
  if (value === null || typeof value !== "object") return value;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return value;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (item === null && property && !required.has(key) && !acceptsNull(property)) continue;
    out[key] = dropNullOptionals(item, property);
  }
  return out;
}

function acceptsNull(schema: JsonSchema): boolean {
  const type = schema.type;
  if (type === "null" || (Array.isArray(type) && type.includes("null"))) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.some((o) => acceptsNull(o as JsonSchema))) return true;
  }
  return (
    type === undefined &&
    schema.enum === undefined &&
    schema.anyOf === undefined &&
    schema.oneOf === undefined &&
    schema.const === undefined
  );
}

// ---------------------------------------------------------------------------------------------
// ajv errors → sentences.

const KEYWORD_ORDER: Record<string, number> = {
  additionalProperties: 0,
  required: 1,
  type: 2,
  enum: 3,
  const: 3,
};

function describeErrors(
  errors: readonly ErrorObject[],
  schema: JsonSchema,
  args: Record<string, unknown>,
): ArgumentProblem[] {
  // Inside anyOf/oneOf, ajv reports every branch's failure: keep one summary per union instead.
  const unions = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const kept = errors.filter(
    (e) => !unions.some((u) => u !== e && e.schemaPath.startsWith(`${u.schemaPath}/`)),
  );
  const sorted = [...kept].sort(
    (a, b) => (KEYWORD_ORDER[a.keyword] ?? 5) - (KEYWORD_ORDER[b.keyword] ?? 5),
  );
  const seen = new Set<string>();
  const problems: ArgumentProblem[] = [];
  for (const error of sorted) {
    const problem = describeError(error, schema, args, errors);
    const key = `${problem.field ?? ""}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems.length
    ? problems
    : [{ message: "the arguments do not match the tool's input schema" }];
}

function describeError(
  error: ErrorObject,
  root: JsonSchema,
  args: Record<string, unknown>,
  all: readonly ErrorObject[],
): ArgumentProblem {
  const path = parsePointer(error.instancePath);
  const parent = (error.parentSchema ?? {}) as JsonSchema;
  const params = error.params as Record<string, unknown>;
  const got = describeValue(error.data);
  const at = (p: (string | number)[], message: string): ArgumentProblem =>
    p.length ? { field: fieldName(p), message } : { message };

  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const full = [...path, name];
      if (path.length === 0) return at(full, unknownArgument(name, root));
      const allowed = Object.keys((parent.properties as object | undefined) ?? {});
      return at(
        full,
        `${code(full)} is not a field of ${code(path)}${allowed.length ? `; allowed: ${allowed.join(", ")}` : ""}`,
      );
    }
    case "required": {
      const name = String(params.missingProperty);
      const property = (parent.properties as Record<string, JsonSchema> | undefined)?.[name];
      const info = property ? hint(property) : "";
      return at([...path, name], `${code([...path, name])} is required${info ? ` (${info})` : ""}`);
    }
    case "type": {
      const expected = typePhrase(params.type, parent);
      const info = hint(parent);
      return at(
        path,
        `${subject(path)} must be ${expected}${info ? ` (${info})` : ""}; got ${got}`,
      );
    }
    case "enum": {
      const values = (params.allowedValues as unknown[] | undefined) ?? [];
      return at(
        path,
        `${subject(path)} must be one of ${values.map((v) => tick(JSON.stringify(v))).join(", ")}; got ${got}`,
      );
    }
    case "const":
      return at(
        path,
        `${subject(path)} must be ${tick(JSON.stringify(params.allowedValue))}; got ${got}`,
      );
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words = {
        minimum: "at least",
        exclusiveMinimum: "greater than",
        maximum: "at most",
        exclusiveMaximum: "less than",
      }[error.keyword];
      return at(path, `${subject(path)} must be ${words} ${String(params.limit)}; got ${got}`);
    }
    case "minLength":
    case "maxLength": {
      const limit = Number(params.limit);
      const words = error.keyword === "minLength" ? "at least" : "at most";
      return at(
        path,
        `${subject(path)} must have ${words} ${limit} character${limit === 1 ? "" : "s"}; got ${got}`,
      );
    }
    case "minItems":
    case "maxItems": {
      const limit = Number(params.limit);
      const words = error.keyword === "minItems" ? "at least" : "at most";
      return at(
        path,
        `${subject(path)} must have ${words} ${limit} item${limit === 1 ? "" : "s"}; got ${got}`,
      );
    }
    case "pattern": {
      const info = hint(parent);
      return at(
        path,
        `${subject(path)} must match the pattern ${tick(String(params.pattern))}${info ? ` (${info})` : ""}; got ${got}`,
      );
    }
    case "format":
      return at(
        path,
        `${subject(path)} must be a valid ${String(params.format)}${hint(parent) ? ` (${hint(parent)})` : ""}; got ${got}`,
      );
    case "uniqueItems":
      return at(
        path,
        `${subject(path)} must not repeat items (items ${String(params.j)} and ${String(params.i)} are the same)`,
      );
    case "anyOf":
    case "oneOf": {
      const branches = all
        .filter((e) => e !== error && e.schemaPath.startsWith(`${error.schemaPath}/`))
        .map((e) => describeError(e, root, args, []).message);
      const unique = [...new Set(branches)].slice(0, 3);
      const info = hint(parent);
      const reason =
        error.keyword === "oneOf" && params.passingSchemas
          ? "matches more than one allowed form"
          : "matches none of its allowed forms";
      return at(
        path,
        `${subject(path)} ${reason}${info ? ` (${info})` : ""}${unique.length ? `: ${unique.join(", or ")}` : ""}`,
      );
    }
    default:
      return at(path, `${subject(path)} ${error.message ?? "is invalid"}`);
  }
}

/** "unknown argument `foo`; allowed: a, b (did you mean `bar`?)" */
function unknownArgument(name: string, schema: JsonSchema): string {
  const allowed = Object.keys((schema.properties as object | undefined) ?? {});
  const shown = tick(fieldName([name]));
  if (!allowed.length) return `unknown argument ${shown}; this tool takes no arguments (send {})`;
  const [close] = closestNames(name, allowed, 1);
  return `unknown argument ${shown}${close !== undefined ? ` (did you mean ${tick(close)}?)` : ""}; allowed: ${allowed.join(", ")}`;
}

function typePhrase(type: unknown, schema: JsonSchema): string {
  const types = Array.isArray(type) ? type : String(type).split(",");
  const phrases = types.map((t) => {
    switch (t) {
      case "string":
        return "a string";
      case "number":
        return "a number";
      case "integer":
        return "an integer";
      case "boolean":
        return "true or false";
      case "null":
        return "null";
      case "object":
        return "an object";
      case "array": {
        const items = schema.items as JsonSchema | undefined;
        const itemType = typeof items?.type === "string" ? items.type : undefined;
        return itemType
          ? `an array of ${itemType === "integer" ? "integers" : `${itemType}s`}`
          : "an array";
      }
      default:
        return String(t);
    }
  });
  return phrases.join(" or ");
}

/** The start of a field's description, plus its allowed values: what the model should send. */
function hint(schema: JsonSchema): string {
  const parts: string[] = [];
  if (typeof schema.description === "string" && schema.description.trim()) {
    parts.push(firstSentence(schema.description, { max: 160 }).replace(/\.$/, ""));
  }
  if (Array.isArray(schema.enum) && schema.enum.length <= 12) {
    parts.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  }
  return parts.join("; ");
}

function subject(path: (string | number)[]): string {
  return path.length ? code(path) : "the arguments";
}

/** `attendee.email`, `guests[1]`, `metadata["odd key"]`. */
export function fieldName(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment.length > 40 ? `${segment.slice(0, 40)}…` : segment)}]`;
  }
  return out;
}

function code(path: (string | number)[]): string {
  return path.length ? tick(fieldName(path)) : "the arguments";
}

function tick(text: string): string {
  return `\`${text}\``;
}

/** A short, safe rendering of what the model sent. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value))
    return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  switch (typeof value) {
    case "string":
      return value.length > 60
        ? `a string of ${value.length} characters (${preview(value)})`
        : `the string ${JSON.stringify(value)}`;
    case "number":
      return `the number ${String(value)}`;
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

function preview(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
