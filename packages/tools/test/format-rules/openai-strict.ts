/**
 * OpenAI function calling in strict mode, written from OpenAI's documentation:
 * - API reference, Chat Completions `tools[].function` and Responses `tools[]` (function): `name`
 *   "must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64";
 *   `parameters` a JSON Schema object; `strict` enables Structured Outputs.
 * - Guide "Structured Outputs", section "Supported schemas"
 *   (platform.openai.com/docs/guides/structured-outputs#supported-schemas):
 *   "Supported types" (string, number, boolean, integer, object, array, enum, anyOf);
 *   "Supported properties" (string: pattern, format [date-time, time, date, duration, email,
 *   hostname, ipv4, ipv6, uuid]; number: multipleOf, maximum, exclusiveMaximum, minimum,
 *   exclusiveMinimum; array: minItems, maxItems);
 *   "Root objects must not be anyOf and must be an object";
 *   "All fields must be required";
 *   "Objects have limitations on nesting depth and size" (5000 object properties, 10 levels);
 *   "Limitations on total string size" (120,000 characters of property names, definition names,
 *   enum values and const values);
 *   "Limitations on enum size" (1000 enum values; 15,000 characters in one string enum of more
 *   than 250 values);
 *   "additionalProperties: false must always be set in objects";
 *   "Some type-specific keywords are not yet supported" (allOf, not, dependentRequired,
 *   dependentSchemas, if, then, else);
 *   "For anyOf, the nested schemas must each be a valid JSON Schema per this subset";
 *   "Definitions are supported" / "Recursive schemas are supported" ($ref to `#` or `$defs`).
 * Anything outside the documented keywords is reported (OpenAI answers an unsupported schema with
 * an error when `strict: true`), as is a type no documented example uses (a node needs `type`,
 * `anyOf` or `$ref`).
 */
import { isRecord, type Json, pointerOf, type Violation, validateList } from "./violation";

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const TYPES = new Set(["string", "number", "boolean", "integer", "object", "array", "null"]);
const FORMATS = new Set([
  "date-time",
  "time",
  "date",
  "duration",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "uuid",
]);
const KEYWORDS = new Set([
  "type",
  "description",
  "title",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "anyOf",
  "$ref",
  "$defs",
  "definitions",
  // string
  "pattern",
  "format",
  // number
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  // array
  "minItems",
  "maxItems",
]);
const LIMITS = {
  properties: 5000,
  depth: 10,
  enumValues: 1000,
  stringLength: 120_000,
  bigEnum: 250,
  bigEnumLength: 15_000,
};

interface Walk {
  root: Json;
  base: string;
  out: Violation[];
  properties: number;
  enumValues: number;
  stringLength: number;
  maxDepth: number;
  maxDepthPointer: string;
}

function typesOf(node: Json): string[] {
  if (typeof node.type === "string") return [node.type];
  return Array.isArray(node.type) ? (node.type as unknown[]).map(String) : [];
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function add(walk: Walk, pointer: string, rule: string, message: string): void {
  walk.out.push({ pointer: walk.base + pointer, rule: `openai/${rule}`, message });
}

function resolves(root: Json, ref: string): boolean {
  if (ref === "#") return true;
  const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  if (!match) return false;
  const defs = root[match[1] as string];
  return (
    isRecord(defs) && isRecord(defs[(match[2] as string).replace(/~1/g, "/").replace(/~0/g, "~")])
  );
}

function walkSchema(node: unknown, pointer: string, depth: number, walk: Walk): void {
  if (!isRecord(node)) {
    add(walk, pointer, "schema", "a schema must be an object");
    return;
  }
  for (const key of Object.keys(node)) {
    if (!KEYWORDS.has(key))
      add(walk, pointer, "keyword", `\`${key}\` is not a supported keyword in strict mode`);
  }
  const types = typesOf(node);
  if (!("type" in node) && !("anyOf" in node) && !("$ref" in node))
    add(walk, pointer, "type", "a schema needs `type`, `anyOf` or `$ref`");
  for (const t of types) if (!TYPES.has(t)) add(walk, pointer, "type", `unsupported type \`${t}\``);
  if ("description" in node && typeof node.description !== "string")
    add(walk, pointer, "description", "`description` must be a string");

  if ("format" in node) {
    if (typeof node.format !== "string" || !FORMATS.has(node.format))
      add(walk, pointer, "format", `format ${JSON.stringify(node.format)} is not supported`);
    else if (!types.includes("string")) add(walk, pointer, "format", "`format` applies to strings");
  }
  if ("pattern" in node && !types.includes("string"))
    add(walk, pointer, "pattern", "`pattern` applies to strings");

  if ("$ref" in node) {
    if (typeof node.$ref !== "string" || !resolves(walk.root, node.$ref))
      add(
        walk,
        pointer,
        "ref",
        `$ref ${JSON.stringify(node.$ref)} does not resolve to \`#\` or a definition`,
      );
  }

  const enumValues = Array.isArray(node.enum)
    ? (node.enum as unknown[])
    : "const" in node
      ? [node.const]
      : undefined;
  if ("enum" in node && !Array.isArray(node.enum))
    add(walk, pointer, "enum", "`enum` must be an array");
  if (enumValues) {
    walk.enumValues += enumValues.length;
    let length = 0;
    for (const value of enumValues) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      length += text.length;
      if (typeof value === "object" && value !== null)
        add(walk, pointer, "enum", "enum values must be strings, numbers, booleans or null");
      else if (
        types.length &&
        !types.includes(jsonType(value)) &&
        !(jsonType(value) === "integer" && types.includes("number"))
      ) {
        add(
          walk,
          pointer,
          "enum",
          `enum value ${JSON.stringify(value)} is not of the declared type ${JSON.stringify(node.type)}`,
        );
      }
    }
    walk.stringLength += length;
    if (enumValues.length > LIMITS.bigEnum && length > LIMITS.bigEnumLength) {
      add(
        walk,
        pointer,
        "limit-enum-length",
        `an enum of ${enumValues.length} values may hold at most ${LIMITS.bigEnumLength} characters, has ${length}`,
      );
    }
  }

  if (Array.isArray(node.anyOf)) {
    if (pointer === "") add(walk, pointer, "root-object", "the root must not be `anyOf`");
    node.anyOf.forEach((alt, i) => {
      walkSchema(alt, pointerOf(pointer, "anyOf", i), depth, walk);
    });
  } else if ("anyOf" in node) add(walk, pointer, "anyOf", "`anyOf` must be an array");

  const isObject = types.includes("object") || "properties" in node;
  if (isObject) {
    const level = depth + 1;
    if (level > walk.maxDepth) {
      walk.maxDepth = level;
      walk.maxDepthPointer = pointer;
    }
    if (node.additionalProperties !== false)
      add(
        walk,
        pointer,
        "additional-properties",
        "every object must set `additionalProperties: false`",
      );
    const properties = isRecord(node.properties) ? node.properties : {};
    if ("properties" in node && !isRecord(node.properties))
      add(walk, pointer, "properties", "`properties` must be an object");
    const names = Object.keys(properties);
    walk.properties += names.length;
    walk.stringLength += names.reduce((n, name) => n + name.length, 0);
    const required = Array.isArray(node.required) ? (node.required as unknown[]) : undefined;
    if (!required) {
      if (names.length)
        add(walk, pointer, "required", "every property must be listed in `required`");
    } else {
      for (const name of names)
        if (!required.includes(name))
          add(
            walk,
            pointerOf(pointer, "properties", name),
            "required",
            `property \`${name}\` is not in \`required\` (all fields must be required; make it nullable instead)`,
          );
      for (const name of required)
        if (typeof name !== "string" || !(name in properties))
          add(
            walk,
            pointer,
            "required",
            `\`required\` names ${JSON.stringify(name)}, which is not a property`,
          );
    }
    for (const name of names)
      walkSchema(properties[name], pointerOf(pointer, "properties", name), level, walk);
  } else if ("additionalProperties" in node || "required" in node) {
    add(walk, pointer, "keyword", "`additionalProperties`/`required` only apply to objects");
  }

  if (types.includes("array")) {
    if (!isRecord(node.items)) add(walk, pointer, "items", "an array needs an `items` schema");
    else walkSchema(node.items, pointerOf(pointer, "items"), depth, walk);
  } else if ("items" in node) add(walk, pointer, "keyword", "`items` only applies to arrays");

  for (const defsKey of ["$defs", "definitions"]) {
    const defs = node[defsKey];
    if (!(defsKey in node)) continue;
    if (pointer !== "" || !isRecord(defs)) {
      add(walk, pointer, "defs", `\`${defsKey}\` must be an object at the root`);
      continue;
    }
    for (const [name, sub] of Object.entries(defs)) {
      walk.stringLength += name.length;
      walkSchema(sub, pointerOf(pointer, defsKey, name), depth, walk);
    }
  }
}

/** Violations of one strict `parameters` schema (pointers relative to `base`). */
export function validateOpenAIStrictSchema(parameters: unknown, base = ""): Violation[] {
  if (!isRecord(parameters))
    return [
      {
        pointer: base,
        rule: "openai/root-object",
        message: "parameters must be a JSON Schema object",
      },
    ];
  const walk: Walk = {
    root: parameters,
    base,
    out: [],
    properties: 0,
    enumValues: 0,
    stringLength: 0,
    maxDepth: 0,
    maxDepthPointer: "",
  };
  if (parameters.type !== "object")
    add(walk, "", "root-object", 'the root schema must have `type: "object"`');
  walkSchema(parameters, "", 0, walk);
  if (walk.properties > LIMITS.properties)
    add(
      walk,
      "",
      "limit-properties",
      `${walk.properties} object properties; at most ${LIMITS.properties}`,
    );
  if (walk.maxDepth > LIMITS.depth)
    add(
      walk,
      walk.maxDepthPointer,
      "limit-depth",
      `${walk.maxDepth} levels of nesting; at most ${LIMITS.depth}`,
    );
  if (walk.enumValues > LIMITS.enumValues)
    add(
      walk,
      "",
      "limit-enum-values",
      `${walk.enumValues} enum values; at most ${LIMITS.enumValues}`,
    );
  if (walk.stringLength > LIMITS.stringLength)
    add(
      walk,
      "",
      "limit-string-length",
      `${walk.stringLength} characters of names and enum values; at most ${LIMITS.stringLength}`,
    );
  return walk.out;
}

function validateFunction(fn: unknown, pointer: string, allowed: Set<string>): Violation[] {
  const out: Violation[] = [];
  if (!isRecord(fn)) return [{ pointer, rule: "openai/shape", message: "expected an object" }];
  for (const key of Object.keys(fn))
    if (!allowed.has(key))
      out.push({
        pointer: pointerOf(pointer, key),
        rule: "openai/shape",
        message: `unexpected field \`${key}\``,
      });
  if (typeof fn.name !== "string" || !NAME.test(fn.name))
    out.push({
      pointer: pointerOf(pointer, "name"),
      rule: "openai/name",
      message: `name ${JSON.stringify(fn.name)} must match ${NAME}`,
    });
  if ("description" in fn && typeof fn.description !== "string")
    out.push({
      pointer: pointerOf(pointer, "description"),
      rule: "openai/shape",
      message: "`description` must be a string",
    });
  if (fn.strict !== true)
    out.push({
      pointer: pointerOf(pointer, "strict"),
      rule: "openai/strict",
      message: "`strict` must be true",
    });
  out.push(...validateOpenAIStrictSchema(fn.parameters, pointerOf(pointer, "parameters")));
  return out;
}

const CHAT_FUNCTION_FIELDS = new Set(["name", "description", "parameters", "strict"]);
const RESPONSES_FIELDS = new Set(["type", "name", "description", "parameters", "strict"]);

/** One Chat Completions tool: `{ type: "function", function: { name, description, strict, parameters } }`. */
export function validateOpenAIChatTool(tool: unknown, pointer = ""): Violation[] {
  if (!isRecord(tool)) return [{ pointer, rule: "openai/shape", message: "expected an object" }];
  const out: Violation[] = [];
  if (tool.type !== "function")
    out.push({
      pointer: pointerOf(pointer, "type"),
      rule: "openai/shape",
      message: '`type` must be "function"',
    });
  for (const key of Object.keys(tool))
    if (key !== "type" && key !== "function")
      out.push({
        pointer: pointerOf(pointer, key),
        rule: "openai/shape",
        message: `unexpected field \`${key}\``,
      });
  out.push(
    ...validateFunction(tool.function, pointerOf(pointer, "function"), CHAT_FUNCTION_FIELDS),
  );
  return out;
}

/** One Responses API tool: `{ type: "function", name, description, strict, parameters }`. */
export function validateOpenAIResponsesTool(tool: unknown, pointer = ""): Violation[] {
  if (!isRecord(tool)) return [{ pointer, rule: "openai/shape", message: "expected an object" }];
  const out: Violation[] = [];
  if (tool.type !== "function")
    out.push({
      pointer: pointerOf(pointer, "type"),
      rule: "openai/shape",
      message: '`type` must be "function"',
    });
  out.push(...validateFunction(tool, pointer, RESPONSES_FIELDS));
  return out;
}

export function validateOpenAIChatTools(tools: unknown): Violation[] {
  return validateList(
    tools,
    validateOpenAIChatTool,
    (t: Json) => (isRecord(t.function) ? t.function.name : undefined),
    "openai",
  );
}

export function validateOpenAIResponsesTools(tools: unknown): Violation[] {
  return validateList(tools, validateOpenAIResponsesTool, (t: Json) => t.name, "openai");
}
