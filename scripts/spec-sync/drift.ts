/**
 * Compares the spec about to be written with the one committed, in the terms a maintainer
 * reviews: operations, parameters, request/response fields, and the versions upstream documents.
 */
type Json = Record<string, unknown>;

export interface DriftItem {
  operation?: string;
  schema?: string;
  message: string;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

function operations(doc: Json): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (op) out.set(String(op.operationId), op);
    }
  }
  return out;
}

/** A short, stable description of a schema's type, for "retyped" messages. */
export function typeOf(schema: unknown): string {
  if (typeof schema !== "object" || schema === null) return "any";
  const s = schema as Json;
  if (typeof s.$ref === "string") return s.$ref.split("/").pop() ?? "ref";
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    if (Array.isArray(s[key])) return `${key}(${(s[key] as unknown[]).map(typeOf).join(" | ")})`;
  }
  const type = Array.isArray(s.type)
    ? s.type.join("|")
    : typeof s.type === "string"
      ? s.type
      : "any";
  if (type === "array" || type.startsWith("array|")) return `${type}<${typeOf(s.items)}>`;
  const extras = [
    s.format ? `format ${String(s.format)}` : "",
    Array.isArray(s.enum) ? `enum ${JSON.stringify(s.enum)}` : "",
  ].filter(Boolean);
  return extras.length ? `${type} (${extras.join(", ")})` : type;
}

function diffParameters(id: string, before: Json, after: Json, out: DriftItem[]): void {
  const key = (p: Json) => `${String(p.in)}:${String(p.name)}`;
  const a = new Map(((before.parameters ?? []) as Json[]).map((p) => [key(p), p]));
  const b = new Map(((after.parameters ?? []) as Json[]).map((p) => [key(p), p]));
  for (const [k, p] of b) {
    const old = a.get(k);
    if (!old)
      out.push({
        operation: id,
        message: `parameter added: ${p.name} (${p.in}, ${typeOf(p.schema)}${p.required ? ", required" : ""})`,
      });
    else {
      if (typeOf(old.schema) !== typeOf(p.schema))
        out.push({
          operation: id,
          message: `parameter retyped: ${p.name} ${typeOf(old.schema)} → ${typeOf(p.schema)}`,
        });
      if (Boolean(old.required) !== Boolean(p.required))
        out.push({
          operation: id,
          message: `parameter ${p.name} is now ${p.required ? "required" : "optional"}`,
        });
      const oldDefault = (old.schema as Json | undefined)?.default;
      const newDefault = (p.schema as Json | undefined)?.default;
      if (JSON.stringify(oldDefault) !== JSON.stringify(newDefault))
        out.push({
          operation: id,
          message: `parameter ${p.name} default ${JSON.stringify(oldDefault)} → ${JSON.stringify(newDefault)}`,
        });
    }
  }
  for (const [k, p] of a)
    if (!b.has(k)) out.push({ operation: id, message: `parameter removed: ${p.name} (${p.in})` });
}

function bodySchema(op: Json): string {
  const content = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.[
    "application/json"
  ] as Json | undefined;
  return typeOf(content?.schema);
}

function successSchemas(op: Json): string {
  const responses = (op.responses ?? {}) as Record<string, Json>;
  return Object.entries(responses)
    .filter(([status]) => status.startsWith("2"))
    .map(
      ([status, r]) =>
        `${status} ${typeOf(((r.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema)}`,
    )
    .join(", ");
}

function diffSchemas(before: Json, after: Json, out: DriftItem[]): void {
  const a = ((before.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const b = ((after.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  for (const name of Object.keys(b).sort()) {
    const old = a[name];
    const now = b[name] as Json;
    if (!old) {
      out.push({ schema: name, message: "schema added" });
      continue;
    }
    const oldProps = (old.properties ?? {}) as Record<string, unknown>;
    const newProps = (now.properties ?? {}) as Record<string, unknown>;
    for (const prop of Object.keys(newProps)) {
      if (!(prop in oldProps))
        out.push({ schema: name, message: `field added: ${prop} (${typeOf(newProps[prop])})` });
      else if (typeOf(oldProps[prop]) !== typeOf(newProps[prop]))
        out.push({
          schema: name,
          message: `field retyped: ${prop} ${typeOf(oldProps[prop])} → ${typeOf(newProps[prop])}`,
        });
    }
    for (const prop of Object.keys(oldProps))
      if (!(prop in newProps)) out.push({ schema: name, message: `field removed: ${prop}` });
    const oldRequired = new Set((old.required ?? []) as string[]);
    const newRequired = new Set((now.required ?? []) as string[]);
    for (const r of newRequired)
      if (!oldRequired.has(r)) out.push({ schema: name, message: `field now required: ${r}` });
    for (const r of oldRequired)
      if (!newRequired.has(r))
        out.push({ schema: name, message: `field no longer required: ${r}` });
  }
  for (const name of Object.keys(a).sort())
    if (!(name in b)) out.push({ schema: name, message: "schema removed (no longer reached)" });
}

export function diffSpecs(before: Json | undefined, after: Json): DriftItem[] {
  if (!before) return [{ message: "no committed spec to compare with: everything is new" }];
  const out: DriftItem[] = [];
  const a = operations(before);
  const b = operations(after);
  for (const [id, op] of b) {
    const old = a.get(id);
    if (!old) {
      out.push({ operation: id, message: "operation added" });
      continue;
    }
    const oldMeta = (old["x-cal"] ?? {}) as Json;
    const newMeta = (op["x-cal"] ?? {}) as Json;
    if (oldMeta.upstreamVersion !== newMeta.upstreamVersion) {
      out.push({
        operation: id,
        message: `upstream cal-api-version default ${String(oldMeta.upstreamVersion)} → ${String(newMeta.upstreamVersion)}`,
      });
    }
    if (oldMeta.apiVersion !== newMeta.apiVersion)
      out.push({
        operation: id,
        message: `version sent ${String(oldMeta.apiVersion)} → ${String(newMeta.apiVersion)}`,
      });
    diffParameters(id, old, op, out);
    if (bodySchema(old) !== bodySchema(op))
      out.push({ operation: id, message: `request body ${bodySchema(old)} → ${bodySchema(op)}` });
    if (successSchemas(old) !== successSchemas(op))
      out.push({
        operation: id,
        message: `success response ${successSchemas(old)} → ${successSchemas(op)}`,
      });
    if (JSON.stringify(old.security) !== JSON.stringify(op.security))
      out.push({ operation: id, message: "security requirements changed" });
  }
  for (const id of a.keys())
    if (!b.has(id)) out.push({ operation: id, message: "operation removed" });
  diffSchemas(before, after, out);
  return out;
}

export function formatDrift(items: readonly DriftItem[]): string {
  if (!items.length) return "No drift: the spec is unchanged.";
  return items
    .map(
      (i) =>
        `  ${i.operation ? `[${i.operation}] ` : i.schema ? `{${i.schema}} ` : ""}${i.message}`,
    )
    .join("\n");
}
