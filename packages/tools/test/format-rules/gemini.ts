/**
 * Gemini function declarations with `parametersJsonSchema`, written from Google's documentation:
 * - Gemini API reference, `FunctionDeclaration` (ai.google.dev/api/caching), as `@google/genai`
 *   2.32 restates it: fields `name`, `description`, `behavior`, `parameters`,
 *   `parametersJsonSchema`, `response`, `responseJsonSchema`. `name`: "Must start with a letter or
 *   an underscore. Must be a-z, A-Z, 0-9, or contain underscores, dots, colons and dashes, with a
 *   maximum length of 128". `parametersJsonSchema`: "Describes the parameters to the function in
 *   JSON Schema format. The schema must describe an object where the properties are the
 *   parameters to the function … This field is mutually exclusive with `parameters`".
 * - Parameter names (the same reference, under `parameters`): "must start with a letter or an
 *   underscore and must only contain chars a-z, A-Z, 0-9, or underscores with a maximum length of
 *   64".
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { isRecord, type Json, pointerOf, type Violation, validateList } from "./violation";

const NAME = /^[a-zA-Z_][a-zA-Z0-9_.:-]{0,127}$/;
const PARAMETER_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/;
const DECLARATION_FIELDS = new Set([
  "name",
  "description",
  "behavior",
  "parameters",
  "parametersJsonSchema",
  "response",
  "responseJsonSchema",
]);
const metaSchema = new Ajv2020({ strict: false, validateFormats: false });

function v(pointer: string, rule: string, message: string): Violation {
  return { pointer, rule: `gemini/${rule}`, message };
}

/** The arguments' JSON Schema: an object schema, valid JSON Schema, parameter names Gemini allows. */
function validateParametersJsonSchema(schema: unknown, at: string): Violation[] {
  if (!isRecord(schema) || schema.type !== "object")
    return [v(at, "parameters-object", "the schema must describe an object")];
  const out: Violation[] = [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const name of Object.keys(properties))
    if (!PARAMETER_NAME.test(name))
      out.push(
        v(
          pointerOf(at, "properties", name),
          "parameter-name",
          `parameter name ${JSON.stringify(name)} must match ${PARAMETER_NAME}`,
        ),
      );
  if (!metaSchema.validateSchema(schema))
    for (const e of metaSchema.errors ?? [])
      out.push(v(at + e.instancePath, "json-schema", `not valid JSON Schema: ${e.message}`));
  return out;
}

/** One `FunctionDeclaration`. */
export function validateGeminiFunctionDeclaration(declaration: unknown, pointer = ""): Violation[] {
  if (!isRecord(declaration)) return [v(pointer, "shape", "expected an object")];
  const out: Violation[] = [];
  for (const key of Object.keys(declaration))
    if (!DECLARATION_FIELDS.has(key))
      out.push(
        v(pointerOf(pointer, key), "shape", `\`${key}\` is not a field of FunctionDeclaration`),
      );
  if (typeof declaration.name !== "string" || !NAME.test(declaration.name))
    out.push(
      v(
        pointerOf(pointer, "name"),
        "name",
        `name ${JSON.stringify(declaration.name)} must match ${NAME}`,
      ),
    );
  if (typeof declaration.description !== "string" || !declaration.description.trim())
    out.push(v(pointerOf(pointer, "description"), "description", "`description` is required"));
  if ("parameters" in declaration && "parametersJsonSchema" in declaration)
    out.push(
      v(pointer, "exclusive", "`parameters` and `parametersJsonSchema` are mutually exclusive"),
    );
  if ("parametersJsonSchema" in declaration)
    out.push(
      ...validateParametersJsonSchema(
        declaration.parametersJsonSchema,
        pointerOf(pointer, "parametersJsonSchema"),
      ),
    );
  return out;
}

/** A Gemini `Tool` with `functionDeclarations` (names unique across it). */
export function validateGeminiTool(tool: unknown): Violation[] {
  if (!isRecord(tool)) return [v("", "shape", "expected an object")];
  const out: Violation[] = [];
  for (const key of Object.keys(tool))
    if (key !== "functionDeclarations")
      out.push(v(`/${key}`, "shape", `unexpected field \`${key}\``));
  const list = validateList(
    tool.functionDeclarations,
    validateGeminiFunctionDeclaration,
    (d: Json) => d.name,
    "gemini",
  );
  out.push(...list.map((x) => ({ ...x, pointer: `/functionDeclarations${x.pointer}` })));
  return out;
}
