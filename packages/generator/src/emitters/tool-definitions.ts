/**
 * packages/tools: the neutral tool definition of every operation (definitions.gen.ts and
 * schemas/neutral.json). One flat input object per tool: path, query and body arguments side by
 * side (the model checked at build time that their names never clash).
 */
// The format adapters live in @calkit/tools (pure functions of the neutral definitions); the
// generator runs them from source (tsx) and tsup bundles them, so the schemas/*.json files and the
// package's runtime adapters cannot drift apart.
import { firstSentence, formatSchemas, type ToolDefinition } from "@calkit/tools";
import { SpecError, SpecErrors } from "../errors";
import { isObject, type Json } from "../json";
import type { ApiModel, OperationModel } from "../model";
import { snakeCase } from "../naming";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";
import { inlineSchema } from "../schema-inline";

export const TOOLS_DIR = "packages/tools/src/generated";
export const TOOLS_SCHEMAS_DIR = "packages/tools/schemas";

/**
 * Token budget: a model needs the fields' meaning near the top, not every nested word. Inputs keep
 * descriptions two levels deep and list enums of up to 12 values; outputs show structure only.
 * Inputs leave `default` out: a default is what happens when the model sends nothing, so it never
 * changes a call; where it matters (a role, a pending membership) the description says it. They
 * leave out `pattern` too: a regular expression costs a model more tokens than the words it
 * stands for (`HH:mm`, which the description says; the curation's style rule asks it of every
 * date and time), and Cal.com still checks it.
 */
const INPUT = {
  descriptionDepth: 1,
  maxEnum: 12,
  firstSentence: true,
  omitDefault: true,
  omitPattern: true,
};
// Output schemas describe and never constrain: no `required`, no enums (Cal.com adds values), so a
// real answer that differs from the spec still satisfies them where its types agree.
const OUTPUT = {
  maxDepth: 2,
  descriptionDepth: -1,
  maxEnum: 0,
  firstSentence: true,
  omitRequired: true,
};

export function toolName(id: string): string {
  return `cal_${snakeCase(id)}`;
}

/**
 * An `anyOf` of objects told apart by a constant `type` (location kinds) becomes one object whose
 * `type` is an enum, with the other fields side by side and a note of which type needs which:
 * a fraction of the tokens, and a shape every provider accepts. The executor still validates
 * against this schema and Cal.com against the full one.
 */
export function collapseTaggedUnion(schema: Json): Json {
  const alternatives = schema.anyOf;
  if (!Array.isArray(alternatives) || alternatives.length < 2) return schema;
  const tags: string[] = [];
  const properties: Json = {};
  const needs: string[] = [];
  for (const alt of alternatives as Json[]) {
    const props = isObject(alt.properties) ? alt.properties : {};
    const tag = isObject(props.type) ? props.type.const : undefined;
    if (alt.type !== "object" || typeof tag !== "string") return schema;
    tags.push(tag);
    const required = (Array.isArray(alt.required) ? (alt.required as string[]) : []).filter(
      (r) => r !== "type",
    );
    if (required.length) needs.push(`${tag} needs ${required.join(", ")}`);
    for (const [name, sub] of Object.entries(props))
      if (name !== "type" && !(name in properties)) properties[name] = sub;
  }
  const { anyOf: _drop, ...rest } = schema;
  const note = needs.length ? ` ${needs.join("; ")}.` : "";
  return {
    ...rest,
    type: "object",
    properties: { type: { type: "string", enum: tags }, ...properties },
    required: ["type"],
    ...(typeof rest.description === "string" || note
      ? {
          description:
            `${typeof rest.description === "string" ? rest.description : ""}${note}`.trim(),
        }
      : {}),
  };
}

/**
 * Output schemas describe shape, not every variant: alternatives of the same kind (a booking, a
 * recurring booking, a seated booking…) merge into one object listing every field any of them has,
 * and arrays of alternatives into an array of that object. Structured results still conform.
 */
export function mergeAlternatives(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(mergeAlternatives);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === "properties" && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mergeAlternatives(v)]))
        : mergeAlternatives(value);
  }
  const alternatives = out.anyOf;
  if (!Array.isArray(alternatives)) return out;
  const objects = (alternatives as Json[]).filter((a) => a.type === "object");
  const arrays = (alternatives as Json[]).filter((a) => a.type === "array");
  const others = (alternatives as Json[]).filter((a) => a.type !== "object" && a.type !== "array");
  const merged: Json[] = [...others];
  if (objects.length) merged.push(mergeObjects(objects));
  if (arrays.length)
    merged.push({
      type: "array",
      items: mergeAlternatives({ anyOf: arrays.map((a) => a.items ?? {}) }),
    });
  const { anyOf: _drop, ...rest } = out;
  return merged.length === 1 ? { ...rest, ...merged[0] } : { ...rest, anyOf: merged };
}

/**
 * The same output schema in fewer tokens, accepting exactly the same values: `anyOf` of `null`
 * and one typed schema becomes that schema with `null` added to its `type` (`properties` and
 * `items` only apply to their own type either way), and an empty `items` (any item) is dropped.
 */
export function foldNullUnions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(foldNullUnions);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "items" && isObject(value) && Object.keys(value).length === 0) continue;
    out[key] =
      key === "properties" && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, foldNullUnions(v)]))
        : foldNullUnions(value);
  }
  const alternatives = out.anyOf;
  if (!Array.isArray(alternatives) || alternatives.length !== 2) return out;
  const isNull = (a: unknown) => isObject(a) && Object.keys(a).length === 1 && a.type === "null";
  const other = (alternatives as unknown[]).find((a) => !isNull(a));
  if (!alternatives.some(isNull) || !isObject(other) || typeof other.type !== "string") return out;
  if ("anyOf" in other || "oneOf" in other || "enum" in other || "const" in other) return out;
  const { anyOf: _drop, ...rest } = out;
  return { ...rest, ...other, type: [other.type, "null"] };
}

function mergeObjects(objects: Json[]): Json {
  if (objects.length === 1) return objects[0] as Json;
  const properties: Json = {};
  for (const o of objects)
    for (const [k, v] of Object.entries(isObject(o.properties) ? o.properties : {}))
      if (!(k in properties)) properties[k] = v;
  return { type: "object", properties };
}

function collapseUnions(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(collapseUnions);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === "properties" && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, collapseUnions(v)]))
        : key === "items"
          ? collapseUnions(value)
          : value;
  }
  return collapseTaggedUnion(out);
}

/** Properties and required names of a body: alternatives merged, a field required only if every alternative requires it. */
function bodyShape(schema: Json): { properties: Json; required: string[] } {
  const alternatives = (
    Array.isArray(schema.anyOf)
      ? schema.anyOf
      : Array.isArray(schema.oneOf)
        ? schema.oneOf
        : [schema]
  ) as Json[];
  const properties: Json = {};
  const requiredSets = alternatives.map(
    (alt) => new Set<string>(Array.isArray(alt.required) ? (alt.required as string[]) : []),
  );
  for (const alt of alternatives) {
    for (const [name, sub] of Object.entries(isObject(alt.properties) ? alt.properties : {}))
      if (!(name in properties)) properties[name] = sub;
  }
  const [first, ...rest] = requiredSets;
  const required = [...(first ?? [])].filter((n) => rest.every((r) => r.has(n)));
  return { properties, required };
}

/**
 * What a model reads to choose and call the tool: the curation's one-line tool description (or the
 * first sentence of the operation's description), then what a write does beyond its lead as terse
 * facts (formats without annotations need them): destructive, not idempotent, webhooks fired, role
 * needed. A read says nothing more: its lead ("Returns…", "Lists…") already says it changes
 * nothing, and MCP carries `readOnlyHint`. Scopes are left out: selection already hides the tools a
 * caller may not use.
 */
function describeTool(op: OperationModel): string {
  const curated = (op.xcal.tool as Json | undefined)?.description;
  const lead = typeof curated === "string" ? curated : firstSentence(op.description);
  const effects = [
    op.access === "write" && op.destructive ? "Destructive." : "",
    op.access === "write" && !op.idempotent ? "Not idempotent." : "",
    op.webhooks.length && !op.webhooks.every((w) => lead.includes(w))
      ? `Fires ${op.webhooks.join(" or ")}.`
      : "",
    op.role ? `Needs role: ${op.role}.` : "",
  ];
  return [lead, ...effects].filter(Boolean).join(" ");
}

export function buildToolDefinition(op: OperationModel, doc: Json): Json {
  const properties: Json = {};
  const required: string[] = [];
  const locations = { path: [] as string[], query: [] as string[], body: [] as string[] };
  const fields = Array.isArray((op.xcal.tool as Json | undefined)?.fields)
    ? new Set((op.xcal.tool as Json).fields as string[])
    : null;
  const keep = (name: string, isPath: boolean) => isPath || !fields || fields.has(name);
  for (const p of [...op.pathParams, ...op.queryParams]) {
    // A deprecated optional parameter only offers the model a second, worse way to say something.
    if (!keep(p.name, p.in === "path") || (p.deprecated && !p.required)) continue;
    const schema = inlineSchema(p.schema, doc, INPUT);
    properties[p.name] = p.description
      ? { ...schema, description: firstSentence(p.description) }
      : schema;
    if (p.required) required.push(p.name);
    locations[p.in].push(p.name);
  }
  if (op.body) {
    const shape = bodyShape(inlineSchema(op.body.schema, doc, INPUT));
    for (const [name, sub] of Object.entries(shape.properties)) {
      if (!keep(name, false)) continue;
      properties[name] = collapseUnions(sub);
      locations.body.push(name);
      if (shape.required.includes(name)) required.push(name);
    }
  }
  if (fields) {
    const unknown = [...fields].filter((f) => !(f in properties));
    if (unknown.length)
      throw new SpecErrors([
        new SpecError(
          `${op.pointer}/x-cal/tool/fields`,
          `names no argument of the operation: ${unknown.join(", ")}`,
        ),
      ]);
  }
  // No `additionalProperties: false` here (tokens on every tool): the executor rejects unknown
  // arguments by name, and the OpenAI strict adapter adds it where the format demands it.
  const inputSchema: Json = { type: "object", properties };
  if (required.length) inputSchema.required = required;

  const successSchema = foldNullUnions(
    mergeAlternatives(inlineSchema(op.success.schema, doc, OUTPUT)),
  ) as Json;
  const successProps = isObject(successSchema.properties) ? successSchema.properties : {};
  const outputProps: Json = {};
  if (op.success.envelope !== "status-only") outputProps.data = successProps.data ?? {};
  if (op.success.envelope === "data+pagination")
    outputProps.pagination = successProps.pagination ?? { type: "object" };
  const outputSchema: Json = { type: "object", properties: outputProps };

  return {
    name: toolName(op.id),
    operationId: op.id,
    title: op.summary,
    description: describeTool(op),
    inputSchema,
    outputSchema,
    annotations: {
      title: op.summary,
      readOnlyHint: op.access === "read",
      destructiveHint: op.destructive,
      idempotentHint: op.idempotent,
      openWorldHint: true,
    },
    resource: op.resource,
    access: op.access,
    scope: op.scopes[0] ?? null,
    auth: op.auth,
    arguments: locations,
  };
}

export function buildToolDefinitions(model: ApiModel): Json[] {
  return model.operations.map((op) => buildToolDefinition(op, model.document));
}

export function emitToolDefinitions(
  _model: ApiModel,
  context: GeneratorContext,
  definitions: Json[],
): GeneratedFile[] {
  const names = definitions.map((d) => JSON.stringify(d.name));
  const body = [
    'import type { ToolDefinition } from "../types.js";',
    "",
    "/** Every tool name, one per operation. */",
    `export type ToolName =\n  | ${names.join("\n  | ")};`,
    "",
    "/** The neutral definition of every tool, sorted by operation id. */",
    `export const toolDefinitions: readonly ToolDefinition[] = ${JSON.stringify(definitions, null, 2)};`,
  ].join("\n");
  return [
    tsFile(`${TOOLS_DIR}/definitions.gen.ts`, context, body),
    {
      path: `${TOOLS_SCHEMAS_DIR}/neutral.json`,
      content: `${JSON.stringify(definitions, null, 2)}\n`,
    },
    ...Object.entries(formatSchemas(definitions as unknown as ToolDefinition[])).map(
      ([format, value]) => ({
        path: `${TOOLS_SCHEMAS_DIR}/${format}.json`,
        content: `${JSON.stringify(value, null, 2)}\n`,
      }),
    ),
  ];
}
