/**
 * The flat arguments of a call (path parameters + query + body fields), the shape the operation
 * table, the tool schemas, the guard and the client all use. Each argument must arrive where the
 * operation takes it: a query parameter that names a path id or a body field, or a body field
 * that repeats a path id, is refused, so what is checked is exactly what is sent. Query values
 * are text; they are read as the schema's numbers, booleans and comma-separated lists, the way
 * Cal.com's own parser reads them, and the validator then checks the result.
 */
import type { JsonSchema, ToolDefinition } from "@calkit/tools";

export type ArgsResult =
  | { ok: true; args: Record<string, unknown> }
  | { ok: false; message: string };

const MAX_QUERY_KEYS = 100;

export function collectArgs(
  tool: ToolDefinition,
  pathArgs: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): ArgsResult {
  const properties = (tool.inputSchema.properties ?? {}) as Record<string, JsonSchema>;
  // A Map, not an object: a key such as "__proto__" stays a key.
  const args = new Map<string, unknown>();
  for (const [name, value] of Object.entries(pathArgs))
    args.set(name, coerce(value, properties[name]));

  const fromQuery = readQuery(query, properties);
  if (!fromQuery.ok) return fromQuery;
  for (const [name, value] of fromQuery.args) {
    if (!tool.arguments.query.includes(name)) return refuse(name, "the query", placeOf(tool, name));
    args.set(name, value);
  }

  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (!tool.arguments.body.includes(name) && placeOf(tool, name) !== undefined)
      return refuse(name, "the body", placeOf(tool, name));
    if (args.has(name))
      return {
        ok: false,
        message: `"${name}" is given twice; send it once, in ${placeOf(tool, name) ?? "the body"}.`,
      };
    args.set(name, value);
  }
  return { ok: true, args: Object.fromEntries(args) };
}

function placeOf(tool: ToolDefinition, name: string): string | undefined {
  if (tool.arguments.path.includes(name)) return "the path";
  if (tool.arguments.query.includes(name)) return "the query";
  if (tool.arguments.body.includes(name)) return "the body";
  return undefined;
}

function refuse(name: string, given: string, belongs: string | undefined): ArgsResult {
  return {
    ok: false,
    message: belongs
      ? `"${name}" was sent in ${given} but belongs in ${belongs}; ${placeHint(belongs)}`
      : `"${name}" is not a parameter of this operation (sent in ${given}).`,
  };
}

function placeHint(belongs: string): string {
  return belongs === "the path"
    ? "the id in the path is the one that counts, so it must not be sent again elsewhere."
    : `send it in ${belongs}.`;
}

/** Query text → values; `a=1&a=2` and `a=1,2` are both lists, `a[0][b]=1` is nested. */
function readQuery(
  query: URLSearchParams,
  properties: Record<string, JsonSchema>,
): { ok: true; args: Map<string, unknown> } | { ok: false; message: string } {
  const args = new Map<string, unknown>();
  const nested = new Map<string, [string, string][]>();
  let count = 0;
  for (const [key, value] of query) {
    count++;
    if (count > MAX_QUERY_KEYS) return { ok: false, message: "Too many query parameters." };
    const bracket = key.indexOf("[");
    if (bracket > 0) {
      const name = key.slice(0, bracket);
      const entries = nested.get(name) ?? [];
      entries.push([key.slice(bracket), value]);
      nested.set(name, entries);
      continue;
    }
    const schema = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const previous = args.get(key);
    if (args.has(key)) {
      if (!isArraySchema(schema) || !Array.isArray(previous))
        return {
          ok: false,
          message: `Query parameter "${key}" is given twice; it takes one value.`,
        };
      previous.push(...(coerce(value, schema) as unknown[]));
      continue;
    }
    args.set(key, coerce(value, schema));
  }
  for (const [name, entries] of nested) {
    if (args.has(name)) return { ok: false, message: `Query parameter "${name}" is given twice.` };
    const built = buildNested(entries);
    if (built === undefined)
      return { ok: false, message: `Query parameter "${name}" has malformed brackets.` };
    args.set(
      name,
      coerceTree(built, Object.hasOwn(properties, name) ? properties[name] : undefined),
    );
  }
  return { ok: true, args };
}

/** `[0][credentialId]` = "1" entries → `[{ credentialId: "1" }]`. */
function buildNested(entries: [string, string][]): unknown {
  let root: unknown;
  for (const [path, value] of entries) {
    const keys = [...path.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] as string);
    if (keys.join("").length + keys.length * 2 !== path.length || keys.length > 5) return undefined;
    if (keys.some((k) => k === "__proto__" || k === "constructor" || k === "prototype"))
      return undefined;
    const container = (key: string) => (/^\d{1,3}$/.test(key) ? [] : {});
    root ??= container(keys[0] as string);
    let node = root as Record<string, unknown>;
    for (const [i, key] of keys.entries()) {
      const last = i === keys.length - 1;
      if (Array.isArray(node) !== /^\d{1,3}$/.test(key)) return undefined;
      if (last) {
        node[key] = value;
        continue;
      }
      node[key] ??= container(keys[i + 1] as string);
      node = node[key] as Record<string, unknown>;
    }
  }
  return Array.isArray(root) ? root.filter((item) => item !== undefined) : root;
}

function typesOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const type = schema.type;
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type as string[];
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  return options ? options.flatMap(typesOf) : [];
}

function isArraySchema(schema: JsonSchema | undefined): boolean {
  return typesOf(schema).includes("array");
}

/** One text value read as the schema's type; left as text when it does not read cleanly. */
function coerce(value: string, schema: JsonSchema | undefined): unknown {
  const types = typesOf(schema);
  if (types.includes("array")) {
    const items = schema?.items as JsonSchema | undefined;
    return value === "" ? [] : value.split(",").map((item) => coerce(item, items));
  }
  if (
    (types.includes("integer") || types.includes("number")) &&
    /^-?\d+(\.\d+)?$/.test(value) &&
    !types.includes("string")
  )
    return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}

function coerceTree(value: unknown, schema: JsonSchema | undefined): unknown {
  if (typeof value === "string") return coerce(value, schema);
  if (Array.isArray(value))
    return value.map((item) => coerceTree(item, schema?.items as JsonSchema | undefined));
  if (value && typeof value === "object") {
    const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, coerceTree(v, properties[k])]),
    );
  }
  return value;
}
