/**
 * Compares the spec about to be written with the one committed, in the terms a maintainer
 * reviews: what was added, removed, changed or deprecated in each operation's parameters, body,
 * responses and versions, and in the schemas, each tied to the operations that reach it.
 */
import { listOperations } from "./operations";
import { describeTypeChange, typeOf } from "./schema-type";
import { operationsBySchema } from "./schema-usage";

type Json = Record<string, unknown>;

export const CHANGE_KINDS = ["added", "removed", "changed", "deprecated"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface DriftItem {
  change: ChangeKind;
  /** The operation the item is about, for changes of an operation itself. */
  operation?: string;
  /** The component schema the item is about, for changes of a schema. */
  schema?: string;
  /** The operations affected: the operation itself, or those that reach the schema. */
  operations: string[];
  message: string;
}

type Emit = (change: ChangeKind, message: string) => void;

function json(value: unknown): string {
  return JSON.stringify(value) ?? "none";
}

function diffDeprecation(what: string, before: Json, after: Json, emit: Emit): void {
  if (Boolean(before.deprecated) === Boolean(after.deprecated)) return;
  if (after.deprecated) emit("deprecated", what);
  else emit("changed", `${what} is no longer deprecated`);
}

function diffParameter(before: Json, after: Json, emit: Emit): void {
  const name = `parameter ${String(after.name)}`;
  const typeChange = describeTypeChange(before.schema, after.schema);
  if (typeChange) emit("changed", `${name}: ${typeChange}`);
  if (Boolean(before.required) !== Boolean(after.required))
    emit("changed", `${name} is now ${after.required ? "required" : "optional"}`);
  const oldDefault = (before.schema as Json | undefined)?.default;
  const newDefault = (after.schema as Json | undefined)?.default;
  if (json(oldDefault) !== json(newDefault))
    emit("changed", `${name}: default ${json(oldDefault)} → ${json(newDefault)}`);
  diffDeprecation(name, before, after, emit);
}

function diffParameters(before: Json, after: Json, emit: Emit): void {
  const key = (p: Json) => `${String(p.in)}:${String(p.name)}`;
  const a = new Map(((before.parameters ?? []) as Json[]).map((p) => [key(p), p]));
  const b = new Map(((after.parameters ?? []) as Json[]).map((p) => [key(p), p]));
  for (const [k, p] of b) {
    const old = a.get(k);
    if (old) diffParameter(old, p, emit);
    else
      emit(
        p.deprecated ? "deprecated" : "added",
        `parameter ${String(p.name)} (${String(p.in)}, ${typeOf(p.schema)}${p.required ? ", required" : ""})${p.deprecated ? " added, already deprecated" : ""}`,
      );
  }
  for (const [k, p] of a)
    if (!b.has(k)) emit("removed", `parameter ${String(p.name)} (${String(p.in)})`);
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

function diffOperation(before: Json, after: Json, emit: Emit): void {
  const oldMeta = (before["x-cal"] ?? {}) as Json;
  const newMeta = (after["x-cal"] ?? {}) as Json;
  if (oldMeta.upstreamVersion !== newMeta.upstreamVersion)
    emit(
      "changed",
      `upstream cal-api-version default ${String(oldMeta.upstreamVersion)} → ${String(newMeta.upstreamVersion)}`,
    );
  if (oldMeta.apiVersion !== newMeta.apiVersion)
    emit("changed", `version sent ${String(oldMeta.apiVersion)} → ${String(newMeta.apiVersion)}`);
  diffDeprecation("the operation", before, after, emit);
  diffParameters(before, after, emit);
  if (bodySchema(before) !== bodySchema(after))
    emit("changed", `request body ${bodySchema(before)} → ${bodySchema(after)}`);
  if (successSchemas(before) !== successSchemas(after))
    emit("changed", `success response ${successSchemas(before)} → ${successSchemas(after)}`);
  if (json(before.security) !== json(after.security)) emit("changed", "security requirements");
}

function diffFields(before: Json, after: Json, emit: Emit): void {
  const oldProps = (before.properties ?? {}) as Record<string, Json>;
  const newProps = (after.properties ?? {}) as Record<string, Json>;
  const newRequired = new Set((after.required ?? []) as string[]);
  const oldRequired = new Set((before.required ?? []) as string[]);
  for (const [prop, schema] of Object.entries(newProps)) {
    const old = oldProps[prop];
    if (!old) {
      const required = newRequired.has(prop) ? ", required" : "";
      emit(
        schema.deprecated ? "deprecated" : "added",
        `field ${prop} (${typeOf(schema)}${required})${schema.deprecated ? " added, already deprecated" : ""}`,
      );
      continue;
    }
    const typeChange = describeTypeChange(old, schema);
    if (typeChange) emit("changed", `field ${prop}: ${typeChange}`);
    if (oldRequired.has(prop) !== newRequired.has(prop))
      emit("changed", `field ${prop} is now ${newRequired.has(prop) ? "required" : "optional"}`);
    diffDeprecation(`field ${prop}`, old, schema, emit);
  }
  for (const prop of Object.keys(oldProps))
    if (!(prop in newProps)) emit("removed", `field ${prop}`);
}

function schemasOf(doc: Json): Record<string, Json> {
  return ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
}

function diffAllSchemas(before: Json, after: Json, out: DriftItem[]): void {
  const a = schemasOf(before);
  const b = schemasOf(after);
  const usedBefore = operationsBySchema(before);
  const usedAfter = operationsBySchema(after);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const schema of names) {
    const operations = [
      ...new Set([...(usedBefore.get(schema) ?? []), ...(usedAfter.get(schema) ?? [])]),
    ].sort();
    const emit: Emit = (change, message) => out.push({ change, schema, operations, message });
    const old = a[schema];
    const now = b[schema];
    if (!old) emit("added", "schema added");
    else if (!now) emit("removed", "schema no longer reached");
    else {
      diffDeprecation("the schema", old, now, emit);
      diffFields(old, now, emit);
    }
  }
}

export function diffSpecs(before: Json | undefined, after: Json): DriftItem[] {
  if (!before)
    return [
      { change: "added", operations: [], message: "no committed spec to compare with: all new" },
    ];
  const out: DriftItem[] = [];
  const a = new Map(listOperations(before).map((o) => [o.id, o.op]));
  const b = new Map(listOperations(after).map((o) => [o.id, o.op]));
  for (const [operation, op] of b) {
    const emit: Emit = (change, message) =>
      out.push({ change, operation, operations: [operation], message });
    const old = a.get(operation);
    if (old) diffOperation(old, op, emit);
    else emit("added", "operation added");
  }
  for (const operation of a.keys())
    if (!b.has(operation))
      out.push({
        change: "removed",
        operation,
        operations: [operation],
        message: "operation removed",
      });
  diffAllSchemas(before, after, out);
  return out;
}
