/**
 * Fits a successful answer to a tool's declared output schema without losing the success: values
 * that do not match (Cal.com changed a type, sent a value the spec does not know) are left out of
 * the structured result one by one, each named, so that what remains satisfies the schema. The
 * caller keeps the whole answer as text; nothing here ever turns a success into a failure.
 */
import type { ValidateFunction } from "ajv";
import { sharedAjv } from "./ajv.js";
import { parsePointer, toPointer } from "./json-pointer.js";
import type { JsonSchema } from "./types.js";

/** One value left out of the structured result, with why. */
export interface OmittedValue {
  /** JSON pointer of the value in the structured result, e.g. `/data/0/id`. */
  readonly pointer: string;
  readonly problem: string;
}

export interface ConformedOutput {
  /** The structured result, minus the omitted values (the input itself when nothing was omitted). */
  readonly value: Record<string, unknown>;
  readonly omitted: readonly OmittedValue[];
}

/** Enough passes for any realistic answer; each pass removes at least one value or stops. */
const MAX_PASSES = 64;

const compiled = new WeakMap<JsonSchema, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = sharedAjv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Removes the value at `segments`, or, inside an array, the nearest enclosing object member (an
 * array keeps its length and order). Returns the pointer of what was removed.
 */
function omit(
  root: Record<string, unknown>,
  segments: readonly (string | number)[],
): string | undefined {
  const containers: unknown[] = [root];
  for (const segment of segments.slice(0, -1)) {
    const parent = containers[containers.length - 1];
    containers.push(
      Array.isArray(parent)
        ? parent[Number(segment)]
        : (parent as Record<string, unknown>)[segment],
    );
  }
  for (let depth = segments.length - 1; depth >= 0; depth--) {
    const parent = containers[depth];
    const key = String(segments[depth]);
    if (isPlainObject(parent) && Object.hasOwn(parent, key)) {
      delete parent[key];
      return toPointer(segments.slice(0, depth + 1));
    }
  }
  return undefined;
}

export function conformOutput(
  schema: JsonSchema,
  structured: Record<string, unknown>,
): ConformedOutput {
  const validate = validatorFor(schema);
  if (validate(structured)) return { value: structured, omitted: [] };
  const value = structuredClone(structured);
  const omitted: OmittedValue[] = [];
  for (let pass = 0; pass < MAX_PASSES && !validate(value); pass++) {
    let removed = 0;
    for (const error of validate.errors ?? []) {
      const pointer = omit(value, parsePointer(error.instancePath));
      if (pointer === undefined) continue;
      removed++;
      omitted.push({ pointer, problem: error.message ?? error.keyword });
    }
    if (!removed) break;
  }
  // The root object with nothing in it satisfies any output schema we declare (nothing is required).
  if (!validate(value))
    return { value: {}, omitted: [...omitted, { pointer: "", problem: "the answer as a whole" }] };
  return { value, omitted };
}
