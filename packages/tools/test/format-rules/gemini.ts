/**
 * Gemini function declarations, written from Google's documentation:
 * - Gemini API reference, `FunctionDeclaration` and `Schema` (ai.google.dev/api/caching): a
 *   declaration has `name`, `description` ("Required. A brief description of the function"),
 *   optional `parameters` (a Schema), `parametersJsonSchema`, `response`, `responseJsonSchema`,
 *   `behavior`; `Schema` is "a select subset of an OpenAPI 3.0 schema object" with the fields type,
 *   format, title, description, nullable, enum, maxItems, minItems, properties, required,
 *   minProperties, maxProperties, minLength, maxLength, pattern, example, anyOf, propertyOrdering,
 *   default, items, minimum, maximum, and nothing else (no `$ref`, `oneOf`, `allOf`, `const`,
 *   `additionalProperties`, `exclusiveMinimum`, `multipleOf`);
 *   `type` is one value of the `Type` enum (TYPE_UNSPECIFIED, STRING, NUMBER, INTEGER, BOOLEAN,
 *   ARRAY, OBJECT, NULL), not a list; `enum`: "possible values of the element of Type.STRING";
 *   `format`: "Supported formats: for NUMBER type: float, double; for INTEGER type: int32, int64;
 *   for STRING type: enum, date-time"; `nullable` a boolean; `required` names properties.
 * - Vertex AI reference, `FunctionDeclaration` (cloud.google.com/vertex-ai/docs/reference/rest/
 *   v1beta1/FunctionDeclaration): name "Must start with a letter or an underscore. Must be a-z,
 *   A-Z, 0-9, or contain underscores, dots and dashes, with a maximum length of 64"; parameter
 *   names "must start with a letter or an underscore and must only contain chars a-z, A-Z, 0-9,
 *   or underscores with a maximum length of 64"; "For function with no parameters, this can be
 *   left unset".
 * - The API's answer to an OBJECT without properties: "parameters.properties: should be non-empty
 *   for OBJECT type" (INVALID_ARGUMENT), and to non-object parameters: "parameters schema should
 *   be of type OBJECT".
 */
import { isRecord, type Json, pointerOf, type Violation, validateList } from "./violation";

const NAME = /^[a-zA-Z_][a-zA-Z0-9_.-]{0,63}$/;
const PARAMETER_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/;
const TYPES = new Set([
  "TYPE_UNSPECIFIED",
  "STRING",
  "NUMBER",
  "INTEGER",
  "BOOLEAN",
  "ARRAY",
  "OBJECT",
  "NULL",
]);
const FORMATS: Record<string, string[]> = {
  NUMBER: ["float", "double"],
  INTEGER: ["int32", "int64"],
  STRING: ["enum", "date-time"],
};
const SCHEMA_FIELDS = new Set([
  "type",
  "format",
  "title",
  "description",
  "nullable",
  "enum",
  "maxItems",
  "minItems",
  "properties",
  "required",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "example",
  "anyOf",
  "propertyOrdering",
  "default",
  "items",
  "minimum",
  "maximum",
]);
const DECLARATION_FIELDS = new Set([
  "name",
  "description",
  "behavior",
  "parameters",
  "parametersJsonSchema",
  "response",
  "responseJsonSchema",
]);

function v(pointer: string, rule: string, message: string): Violation {
  return { pointer, rule: `gemini/${rule}`, message };
}

/** Violations of one Gemini `Schema` node and everything under it. */
export function validateGeminiSchema(node: unknown, pointer = ""): Violation[] {
  if (!isRecord(node)) return [v(pointer, "schema", "a Schema must be an object")];
  const out: Violation[] = [];
  for (const key of Object.keys(node))
    if (!SCHEMA_FIELDS.has(key))
      out.push(v(pointerOf(pointer, key), "field", `\`${key}\` is not a field of Gemini's Schema`));
  const type = node.type;
  if ("type" in node && (typeof type !== "string" || !TYPES.has(type))) {
    out.push(
      v(
        pointerOf(pointer, "type"),
        "type",
        `type ${JSON.stringify(type)} must be one value of the Type enum (STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT, NULL)`,
      ),
    );
  }
  if (!("type" in node) && !("anyOf" in node))
    out.push(v(pointer, "type", "a Schema needs `type` (or `anyOf`)"));
  if ("nullable" in node && typeof node.nullable !== "boolean")
    out.push(v(pointerOf(pointer, "nullable"), "nullable", "`nullable` must be a boolean"));
  if ("description" in node && typeof node.description !== "string")
    out.push(v(pointerOf(pointer, "description"), "description", "`description` must be a string"));
  if ("enum" in node) {
    if (type !== "STRING")
      out.push(v(pointerOf(pointer, "enum"), "enum", "`enum` applies to Type.STRING"));
    if (!Array.isArray(node.enum) || node.enum.some((e) => typeof e !== "string"))
      out.push(v(pointerOf(pointer, "enum"), "enum", "`enum` must be a list of strings"));
  }
  if ("format" in node) {
    const allowed = typeof type === "string" ? FORMATS[type] : undefined;
    if (!allowed || typeof node.format !== "string" || !allowed.includes(node.format)) {
      out.push(
        v(
          pointerOf(pointer, "format"),
          "format",
          `format ${JSON.stringify(node.format)} is not documented for ${String(type)}`,
        ),
      );
    }
  }
  for (const key of ["minLength", "maxLength", "pattern"])
    if (key in node && type !== "STRING")
      out.push(v(pointerOf(pointer, key), "field", `\`${key}\` applies to STRING`));
  for (const key of ["minimum", "maximum"])
    if (key in node && type !== "NUMBER" && type !== "INTEGER")
      out.push(v(pointerOf(pointer, key), "field", `\`${key}\` applies to NUMBER and INTEGER`));
  for (const key of ["minItems", "maxItems", "items"])
    if (key in node && type !== "ARRAY")
      out.push(v(pointerOf(pointer, key), "field", `\`${key}\` applies to ARRAY`));
  // int64 in the API's JSON, and `string` in @google/genai's `Schema`.
  for (const key of ["minItems", "maxItems", "minLength", "maxLength"])
    if (key in node && !(typeof node[key] === "string" && /^\d+$/.test(node[key])))
      out.push(v(pointerOf(pointer, key), "field", `\`${key}\` must be an int64 as a string`));
  for (const key of [
    "properties",
    "required",
    "minProperties",
    "maxProperties",
    "propertyOrdering",
  ]) {
    if (key in node && type !== "OBJECT")
      out.push(v(pointerOf(pointer, key), "field", `\`${key}\` applies to OBJECT`));
  }
  if (type === "ARRAY") {
    if (!isRecord(node.items)) out.push(v(pointer, "items", "an ARRAY needs an `items` Schema"));
    else out.push(...validateGeminiSchema(node.items, pointerOf(pointer, "items")));
  }
  if (type === "OBJECT") {
    const properties = isRecord(node.properties) ? node.properties : {};
    if (Object.keys(properties).length === 0)
      out.push(v(pointer, "object-properties", "properties: should be non-empty for OBJECT type"));
    for (const [name, sub] of Object.entries(properties))
      out.push(...validateGeminiSchema(sub, pointerOf(pointer, "properties", name)));
    if ("required" in node) {
      if (!Array.isArray(node.required))
        out.push(v(pointerOf(pointer, "required"), "required", "`required` must be a list"));
      else
        for (const name of node.required)
          if (typeof name !== "string" || !(name in properties))
            out.push(
              v(
                pointerOf(pointer, "required"),
                "required",
                `\`required\` names ${JSON.stringify(name)}, which is not a property`,
              ),
            );
    }
  }
  if ("anyOf" in node) {
    if (!Array.isArray(node.anyOf) || node.anyOf.length === 0)
      out.push(v(pointerOf(pointer, "anyOf"), "anyOf", "`anyOf` must be a non-empty list"));
    else {
      node.anyOf.forEach((alt, i) => {
        out.push(...validateGeminiSchema(alt, pointerOf(pointer, "anyOf", i)));
      });
    }
  }
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
  if ("parameters" in declaration) {
    const parameters = declaration.parameters;
    const at = pointerOf(pointer, "parameters");
    if (!isRecord(parameters) || parameters.type !== "OBJECT")
      out.push(v(at, "parameters-object", "parameters schema should be of type OBJECT"));
    else
      for (const name of Object.keys(
        isRecord(parameters.properties) ? parameters.properties : {},
      )) {
        if (!PARAMETER_NAME.test(name))
          out.push(
            v(
              pointerOf(at, "properties", name),
              "parameter-name",
              `parameter name ${JSON.stringify(name)} must match ${PARAMETER_NAME}`,
            ),
          );
      }
    out.push(...validateGeminiSchema(parameters, at));
  }
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
