// Arguments for each tool built from the curated spec's examples, as the client contract tests do.
// Relative import (not "@calkit/spec") so `tsc -p packages/tools` resolves it too.
import { listOperations, type SpecOperation } from "../../../spec/src/index";
import type { ToolDefinition } from "../src/index.js";

type Json = Record<string, unknown>;

export const specOperations: SpecOperation[] = listOperations();

export function specEntry(operationId: string): SpecOperation {
  const entry = specOperations.find((o) => o.id === operationId);
  if (!entry) throw new Error(`${operationId} is not in the spec`);
  return entry;
}

/** Path and query parameter examples plus the request body example, limited to the tool's arguments. */
export function exampleArgs(tool: ToolDefinition): Json {
  const entry = specEntry(tool.operationId);
  const allowed = new Set([
    ...tool.arguments.path,
    ...tool.arguments.query,
    ...tool.arguments.body,
  ]);
  const args: Json = {};
  for (const p of (entry.operation.parameters ?? []) as Json[]) {
    if (
      (p.in === "path" || p.in === "query") &&
      p.example !== undefined &&
      allowed.has(String(p.name))
    ) {
      args[String(p.name)] = p.example;
    }
  }
  const media = ((entry.operation.requestBody as Json | undefined)?.content as Json | undefined)?.[
    "application/json"
  ] as Json | undefined;
  const body =
    (media?.examples as Record<string, { value: Json }> | undefined)?.example?.value ?? {};
  for (const [key, value] of Object.entries(body)) if (allowed.has(key)) args[key] = value;
  return structuredClone(args);
}

/** What the client resolves with for the spec's success example: `data`, or `{data, pagination}`. */
export function expectedData(tool: ToolDefinition): unknown {
  const entry = specEntry(tool.operationId);
  const responses = entry.operation.responses as Record<string, Json>;
  const code = Object.keys(responses).find((c) => c.startsWith("2"))!;
  const media = (responses[code]?.content as Json | undefined)?.["application/json"] as
    | Json
    | undefined;
  const value = (media?.examples as Record<string, { value: Json }> | undefined)?.example?.value;
  if (!value) return null;
  if (entry.meta.pagination?.meta) return { data: value.data, pagination: value.pagination };
  return value.data === undefined ? null : value.data;
}
