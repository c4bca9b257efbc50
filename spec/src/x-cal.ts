/**
 * The `x-cal` contract: one JSON Schema (x-cal.schema.json, published with the package) that
 * spec:lint and the generator both validate against, so what a valid operation carries is said
 * once. Problems come back as JSON pointers into the document with what is wrong there.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import schema from "../x-cal.schema.json" with { type: "json" };

/** The JSON Schema of `x-cal` (document and operation objects under `$defs`). */
export const xCalSchema: Readonly<Record<string, unknown>> = schema;

export interface XCalProblem {
  /** Where in the document: `/paths/~1v2~1bookings/post/x-cal/access`. */
  readonly pointer: string;
  readonly message: string;
}

type Validate = ValidateFunction<unknown>;
let validators: { operation: Validate; document: Validate } | undefined;

/** Compiled on first check: importing @calkit/spec (to load the document) compiles nothing. */
function validatorsOf(): { operation: Validate; document: Validate } {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  const compiled = (name: string) => {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
    if (!validate) throw new Error(`x-cal.schema.json lost its $defs/${name}`);
    return validate;
  };
  validators = { operation: compiled("operation"), document: compiled("document") };
  return validators;
}

/** Problems of one operation's `x-cal` object, found at `pointer` (…/x-cal). */
export function checkOperationMetadata(value: unknown, pointer: string): XCalProblem[] {
  return check(validatorsOf().operation, value, pointer);
}

/** Problems of the document's own `x-cal` object, found at `pointer` (/x-cal). */
export function checkDocumentMetadata(value: unknown, pointer = "/x-cal"): XCalProblem[] {
  return check(validatorsOf().document, value, pointer);
}

function check(validate: Validate, value: unknown, pointer: string): XCalProblem[] {
  if (value === undefined)
    return [{ pointer, message: "missing: every operation needs its x-cal metadata" }];
  if (validate(value)) return [];
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== "if" && error.keyword !== "oneOf")
    .map((error) => ({ pointer: pointer + error.instancePath, message: describe(error) }));
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `"${String(params.additionalProperty)}" is not an x-cal field`;
    case "required":
      return `needs "${String(params.missingProperty)}"`;
    case "enum":
      return `must be ${alternatives(params.allowedValues as unknown[])}`;
    case "type": {
      const type = String(params.type);
      return `must be ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
    }
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** `"a", "b" or "c"` */
function alternatives(values: unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length > 1
    ? `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`
    : (shown[0] ?? "");
}
