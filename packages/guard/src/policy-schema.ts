/**
 * The JSON Schema of policy files, built from the operation table (resource and operation names)
 * and the constraint registry (one property per constraint). The generator writes the same
 * schema to `policy.schema.json` from its model, so the published file and the runtime agree.
 */
// Type-only: the generator runs this before any package is built.
import type { OperationMeta } from "@calkit/client";
import { constraints } from "./constraints.js";
import { limitKinds } from "./limits.js";

type Json = Record<string, unknown>;

/** What the schema needs of each operation. */
export type SchemaOperation = Pick<OperationMeta, "id" | "resource">;

export function buildPolicySchema(ops: readonly SchemaOperation[]): Json {
  const resources = [...new Set(ops.map((o) => o.resource))].sort();
  const level = {
    enum: ["off", "read", "ask", "full"],
    description:
      "off: nothing; read: read operations only; ask: reads, and writes once a person approves each; full: reads and writes.",
  };
  const rule = {
    enum: ["allow", "deny", "ask"],
    description: "allow or deny outright, or ask: hold each call until a person approves it.",
  };
  const agent: Json = {
    type: "object",
    additionalProperties: false,
    properties: {
      description: {
        type: "string",
        description: "What this agent is for (shown in reviews, never used for decisions).",
      },
      resources: {
        type: "object",
        description: "Access per resource; a resource left out is off.",
        additionalProperties: false,
        properties: Object.fromEntries(resources.map((r) => [r, level])),
      },
      operations: {
        type: "object",
        description: "Per-operation overrides that win over the resource level.",
        additionalProperties: false,
        properties: Object.fromEntries(ops.map((o) => [o.id, rule])),
      },
      constraints: {
        type: "object",
        description:
          "Limits checked on every call they apply to; a call that breaks one is denied.",
        additionalProperties: false,
        properties: Object.fromEntries(constraints.map((c) => [c.key, c.schema])),
      },
      limits: {
        type: "object",
        description:
          "Counts across calls (enforced by the gateway): a call over one is refused with 429 and not sent.",
        additionalProperties: false,
        properties: Object.fromEntries(limitKinds.map((l) => [l.key, l.schema])),
      },
    },
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://calkit.dev/schemas/policy.schema.json",
    title: "calkit agent policy",
    description: "Which Cal.com operations each agent may call. Anything not granted is denied.",
    type: "object",
    additionalProperties: false,
    required: ["version", "agents"],
    properties: {
      $schema: { type: "string" },
      version: { const: 1 },
      agents: {
        type: "object",
        description: "Policies by agent name.",
        propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" },
        additionalProperties: { $ref: "#/$defs/agent" },
      },
    },
    $defs: { agent },
  };
}
