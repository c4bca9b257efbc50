/**
 * packages/guard: the audit phrases of every operation (audit.gen.ts) and the published JSON
 * Schema of policy files (policy.schema.json), whose resource and operation names come from the spec.
 */
import type { ApiModel } from "../model";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

export const GUARD_DIR = "packages/guard/src/generated";

type Json = Record<string, unknown>;

function policySchema(model: ApiModel): Json {
  const resources = [...new Set(model.operations.map((o) => o.resource))].sort();
  const ids = model.operations.map((o) => o.id);
  const level = {
    enum: ["off", "read", "full"],
    description: "off: nothing; read: read operations only; full: reads and writes.",
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
        properties: Object.fromEntries(ids.map((id) => [id, { enum: ["allow", "deny"] }])),
      },
      constraints: {
        type: "object",
        additionalProperties: false,
        properties: {
          eventTypeIds: {
            type: "array",
            items: { type: "integer", minimum: 1 },
            minItems: 1,
            uniqueItems: true,
            description:
              "Only these event types may be booked, reserved, read or changed (calls naming another, or none, are denied).",
          },
          minNoticeHoursToCancel: {
            type: "number",
            minimum: 0,
            description:
              "Cancelling or rescheduling a booking that starts within this many hours is denied.",
          },
          maxAttendeesPerBooking: {
            type: "integer",
            minimum: 1,
            description: "Bookings with more people (attendee plus guests) are denied.",
          },
        },
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

export function emitGuard(model: ApiModel, context: GeneratorContext): GeneratedFile[] {
  const audit = Object.fromEntries(model.operations.map((op) => [op.id, op.xcal.audit]));
  const ts = [
    "/** Plain-English phrases per operation, from the spec's x-cal.audit: what was done, being done, and came of it. */",
    `export const auditPhrases: Readonly<Record<string, { readonly done: string; readonly doing: string; readonly result: string }>> = ${JSON.stringify(audit, null, 2)};`,
  ].join("\n");
  return [
    tsFile(`${GUARD_DIR}/audit.gen.ts`, context, ts),
    {
      path: "packages/guard/policy.schema.json",
      content: `${JSON.stringify(policySchema(model), null, 2)}\n`,
    },
  ];
}
