/**
 * Self-contained JSON Schemas for tools: `$ref`s replaced by their targets, and the keywords a
 * model does not need (examples, deprecated fields, read-only fields) left out. Tool schemas
 * must stand alone: several providers reject `$ref`.
 */
import { firstSentence } from "@calkit/tools";
import { isObject, type Json, lookup } from "./json";

const DROP = new Set([
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "xml",
  "externalDocs",
  "title",
  "$schema",
]);

export interface InlineOptions {
  /** Below this depth objects become `{ type: "object" }` (keeps output schemas small). */
  maxDepth?: number;
  /** Keep `description` keywords down to this depth (0 = top-level properties only); default all. */
  descriptionDepth?: number;
  /** Enums longer than this are left to the description and the server (e.g. 43 locale codes). */
  maxEnum?: number;
  /** Keep only the first sentence of each description. */
  firstSentence?: boolean;
  /** Leave out `required` (output schemas describe what may come; they never demand it). */
  omitRequired?: boolean;
  /** Leave out `default` (tool inputs: the server applies it when the argument is left out). */
  omitDefault?: boolean;
  /** Leave out `pattern` (tool inputs: the description says the format in words). */
  omitPattern?: boolean;
}

export function resolveRef(doc: Json, ref: string): Json {
  const target = lookup(doc, ref);
  if (!isObject(target)) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

export function inlineSchema(
  schema: unknown,
  doc: Json,
  options: InlineOptions = {},
  depth = 0,
  seen: readonly string[] = [],
): Json {
  if (!isObject(schema)) return {};
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  let source = schema;
  const siblings: Json = {};
  if (typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (seen.includes(ref)) return { type: "object" }; // recursive schema: stop
    for (const [k, v] of Object.entries(schema)) if (k !== "$ref") siblings[k] = v;
    source = { ...resolveRef(doc, ref), ...siblings };
    seen = [...seen, ref];
  }
  if (depth > maxDepth) {
    const type = source.type;
    return type === undefined ? {} : { type };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "$ref" || DROP.has(key)) continue;
    if (key === "required" && options.omitRequired) continue;
    if (key === "default" && options.omitDefault) continue;
    if (key === "pattern" && options.omitPattern) continue;
    if (key === "description" && depth > (options.descriptionDepth ?? Number.POSITIVE_INFINITY))
      continue;
    if (key === "description" && options.firstSentence && typeof value === "string") {
      out.description = firstSentence(value);
      continue;
    }
    if (
      key === "enum" &&
      Array.isArray(value) &&
      value.length > (options.maxEnum ?? Number.POSITIVE_INFINITY)
    )
      continue;
    if (key === "properties" && isObject(value)) {
      const props: Json = {};
      for (const [name, sub] of Object.entries(value)) {
        if (isObject(sub) && (sub.deprecated === true || sub.readOnly === true)) continue;
        props[name] = inlineSchema(sub, doc, options, depth + 1, seen);
      }
      out.properties = props;
    } else if (
      (key === "items" || key === "additionalProperties" || key === "not") &&
      isObject(value)
    ) {
      out[key] = inlineSchema(value, doc, options, depth + 1, seen);
    } else if ((key === "anyOf" || key === "oneOf" || key === "allOf") && Array.isArray(value)) {
      out[key] = value.map((sub) => inlineSchema(sub, doc, options, depth, seen));
    } else {
      out[key] = value;
    }
  }
  // A constant needs no words: `{ const: "address" }` says it all.
  if ("const" in out && options.descriptionDepth !== undefined) delete out.description;
  if (Array.isArray(out.required) && isObject(out.properties)) {
    const present = out.properties;
    out.required = (out.required as string[]).filter((r) => r in present);
    if (!(out.required as string[]).length) delete out.required;
  }
  return mergeAllOf(out);
}

/** `allOf` of plain objects folded into one object, which every provider understands. */
function mergeAllOf(schema: Json): Json {
  const parts = schema.allOf;
  if (
    !Array.isArray(parts) ||
    !parts.every(
      (p) => isObject(p) && (p.type === "object" || p.type === undefined) && !p.anyOf && !p.oneOf,
    )
  )
    return schema;
  const { allOf: _drop, ...rest } = schema;
  const merged: Json = { ...rest };
  const properties: Json = { ...(isObject(rest.properties) ? rest.properties : {}) };
  const required = new Set<string>(Array.isArray(rest.required) ? (rest.required as string[]) : []);
  for (const part of parts as Json[]) {
    for (const [k, v] of Object.entries(part)) {
      if (k === "properties" && isObject(v)) Object.assign(properties, v);
      else if (k === "required" && Array.isArray(v)) for (const r of v) required.add(r as string);
      else if (!(k in merged)) merged[k] = v;
    }
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required].sort();
  return merged;
}
