/**
 * Loads spec/curation/: the document-level curation, the fixes, one file of operations per
 * family, and our descriptions of schema fields. Every file is checked against a schema here so a
 * typo in the curation fails with the file and the path of the offending value.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { xCalSchema } from "@calkit/spec";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { SpecSyncError } from "./errors";

export interface CuratedParameter {
  description?: string;
  example?: unknown;
}

export interface CuratedOperation {
  id: string;
  resource: string;
  tag: string;
  apiVersion: string;
  /** Every `cal-api-version` Cal.com is known to answer for this family (apiVersion among them). */
  apiVersions: string[];
  method: string;
  path: string;
  upstreamOperationId: string;
  summary: string;
  description: string;
  access: "read" | "write";
  auth: "required" | "optional" | "none";
  scope: string | null;
  idempotent: boolean;
  destructive: boolean;
  webhooks: string[];
  role: string | null;
  pagination: { style: "take-skip"; meta: boolean } | null;
  parameters: Record<string, CuratedParameter>;
  requestBody: string | null;
  /** Plain-English audit phrases: what was done, what was being done, what came of it. */
  audit: { done: string; doing: string; result: string };
  /** The one sentence a model reads first when choosing the tool; null = the description's first. */
  toolDescription: string | null;
  /** Argument names the agent tool exposes (path parameters always); null = all. */
  toolFields: string[] | null;
  /** Which arguments name a booking, an event type, the attendee and the guests (for policies). */
  targets: Targets | null;
  /** The verb a minimum-notice rule forbids ("cancel", "move"); null = no notice rule applies. */
  noticeGuard: "cancel" | "move" | null;
  /** What this operation looks up by its target, for a guard that needs its facts. */
  lookup: "booking" | null;
  examples: { request?: unknown; response?: unknown; pagination?: unknown };
  /** The curation file it came from, for messages. */
  file: string;
}

export interface Targets {
  booking?: string;
  eventType?: string;
  attendee?: string;
  guests?: string;
}

export interface Fix {
  why: string;
  /** Where the defect shows: recordings (spec/recordings/…) or Cal.com source paths. */
  evidence?: string[];
  schema?: string;
  operation?: string;
  at: string;
  set?: unknown;
  remove?: true;
  /** Names to take out of the `required` array at `at`. */
  unrequire?: string[];
  add?: Record<string, unknown>;
  copyFrom?: string;
  wrapInArray?: true;
}

/** A fix as written: `schema` may name several schemas that share the defect. */
type RawFix = Omit<Fix, "schema"> & { schema?: string | string[] };

/** One fix per schema, in the order written. */
function expandSchemaLists(fixes: RawFix[]): Fix[] {
  return fixes
    .flatMap(({ schema, ...fix }) =>
      Array.isArray(schema)
        ? schema.map((name) => ({ ...fix, schema: name }))
        : [{ ...fix, schema }],
    )
    .map((fix) => (fix.schema === undefined ? (({ schema: _, ...rest }) => rest)(fix) : fix));
}

export interface SchemaCuration {
  description?: string;
  properties?: Record<string, string>;
}

/** spec/curation/webhooks.yaml: the deliveries Cal.com POSTs to subscribers (OpenAPI 3.1 `webhooks`). */
export interface WebhooksCuration {
  webhooks: Record<string, unknown>;
  schemas: Record<string, unknown>;
}

export interface Curation {
  document: Record<string, unknown>;
  webhooks: WebhooksCuration;
  fixes: Fix[];
  operations: CuratedOperation[];
  schemas: Record<string, SchemaCuration>;
}

/** A field curated as it will appear in `x-cal`: its schema is the contract's (@calkit/spec). */
function xCal(field: string): { $ref: string } {
  return { $ref: `${String(xCalSchema.$id)}#/$defs/operation/properties/${field}` };
}

const operationFileSchema = {
  type: "object",
  additionalProperties: false,
  required: ["resource", "tag", "apiVersion", "operations"],
  // `x-` keys hold shared example fragments (YAML anchors) and are otherwise ignored.
  patternProperties: { "^x-": {} },
  properties: {
    resource: { type: "string", pattern: "^[a-z][A-Za-z]*$" },
    tag: { type: "string" },
    apiVersion: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    otherApiVersions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["version", "evidence"],
        properties: {
          version: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
          evidence: { type: "string", minLength: 3 },
        },
      },
    },
    operations: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[a-z][A-Za-z]*\\.[a-z][A-Za-z]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: [
          "upstream",
          "upstreamOperationId",
          "summary",
          "description",
          "access",
          "auth",
          "scope",
          "idempotent",
          "destructive",
          "audit",
        ],
        properties: {
          upstream: { type: "string", pattern: "^(GET|POST|PATCH|PUT|DELETE) /v2/\\S*$" },
          upstreamOperationId: { type: "string", minLength: 1 },
          summary: { type: "string", minLength: 3, maxLength: 60 },
          description: { type: "string", minLength: 40 },
          access: xCal("access"),
          auth: xCal("auth"),
          scope: { type: ["string", "null"], pattern: "^[A-Z_]+$" },
          idempotent: xCal("idempotent"),
          destructive: xCal("destructive"),
          webhooks: xCal("webhooks"),
          role: { type: "string" },
          pagination: xCal("pagination"),
          parameters: {
            type: "object",
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              properties: { description: { type: "string", minLength: 3 }, example: {} },
            },
          },
          requestBody: { type: "string", minLength: 3 },
          toolFields: { type: "array", items: { type: "string" }, minItems: 1, uniqueItems: true },
          toolDescription: { type: "string", minLength: 10, maxLength: 120 },
          targets: xCal("targets"),
          noticeGuard: xCal("noticeGuard"),
          lookup: xCal("lookup"),
          audit: xCal("audit"),
          examples: {
            type: "object",
            additionalProperties: false,
            properties: { request: {}, response: {}, pagination: { type: "object" } },
          },
        },
      },
    },
  },
} as const;

const fixesSchema = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["why", "at"],
    properties: {
      why: { type: "string", minLength: 10 },
      evidence: { type: "array", minItems: 1, items: { type: "string", minLength: 3 } },
      schema: {
        anyOf: [
          { type: "string" },
          { type: "array", minItems: 1, items: { type: "string" }, uniqueItems: true },
        ],
      },
      operation: { type: "string" },
      at: { type: "string", pattern: "^/" },
      set: {},
      remove: { const: true },
      add: { type: "object", required: ["name"] },
      copyFrom: { type: "string", pattern: "^/" },
      wrapInArray: { const: true },
      unrequire: { type: "array", minItems: 1, items: { type: "string" } },
    },
    oneOf: [
      { required: ["unrequire"] },
      { required: ["set"] },
      { required: ["remove"] },
      { required: ["add"] },
      { required: ["copyFrom"] },
      { required: ["wrapInArray"] },
    ],
    not: { required: ["schema", "operation"] },
  },
} as const;

const schemasSchema = {
  type: "object",
  additionalProperties: {
    type: "object",
    additionalProperties: false,
    properties: {
      description: { type: "string", minLength: 3 },
      properties: { type: "object", additionalProperties: { type: "string", minLength: 3 } },
    },
  },
} as const;

const documentSchema = {
  type: "object",
  required: ["openapi", "info", "servers", "tags", "components", "x-cal"],
  properties: {
    openapi: { const: "3.1.0" },
    components: {
      type: "object",
      required: ["securitySchemes", "schemas", "responses"],
      properties: {
        responses: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["description", "example"],
            properties: {
              description: { type: "string" },
              headers: { type: "array", items: { type: "string" } },
              example: { type: "object", required: ["code", "message"] },
            },
          },
        },
      },
    },
  },
} as const;

const webhooksSchema = {
  type: "object",
  additionalProperties: false,
  required: ["webhooks", "schemas"],
  properties: {
    webhooks: {
      type: "object",
      propertyNames: { pattern: "^[A-Z_]+$" },
      additionalProperties: {
        type: "object",
        required: ["post"],
        properties: {
          post: {
            type: "object",
            required: ["summary", "description", "requestBody", "responses"],
          },
        },
      },
    },
    schemas: { type: "object" },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(xCalSchema);

function readYaml(file: string, root: string): unknown {
  if (!existsSync(file))
    throw new SpecSyncError(`Curation file ${relative(root, file)} is missing.`);
  try {
    return parse(readFileSync(file, "utf8"), { merge: true });
  } catch (error) {
    throw new SpecSyncError(
      `Curation file ${relative(root, file)} is not valid YAML: ${(error as Error).message}`,
    );
  }
}

function check(value: unknown, schema: object, label: string): void {
  const validate = ajv.compile(schema);
  if (validate(value)) return;
  const problems = (validate.errors ?? []).map(
    (e) =>
      `${label}${e.instancePath || ""}: ${e.message}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : ""}`,
  );
  throw new SpecSyncError(`Curation file ${label} is malformed:`, problems);
}

/** `dir` is spec/curation; file names in messages are relative to `root` (the repository). */
export function loadCuration(dir: string, root: string): Curation {
  const label = (file: string) => relative(root, file);
  const documentFile = join(dir, "document.yaml");
  const document = readYaml(documentFile, root);
  check(document, documentSchema, label(documentFile));

  const fixesFile = join(dir, "fixes.yaml");
  const fixes = readYaml(fixesFile, root);
  check(fixes, fixesSchema, label(fixesFile));

  const schemasFile = join(dir, "schemas.yaml");
  const schemas = existsSync(schemasFile) ? (readYaml(schemasFile, root) ?? {}) : {};
  check(schemas, schemasSchema, label(schemasFile));

  const webhooksFile = join(dir, "webhooks.yaml");
  const webhooks = existsSync(webhooksFile)
    ? readYaml(webhooksFile, root)
    : { webhooks: {}, schemas: {} };
  check(webhooks, webhooksSchema, label(webhooksFile));

  const operations: CuratedOperation[] = [];
  const operationsDir = join(dir, "operations");
  const files = existsSync(operationsDir)
    ? readdirSync(operationsDir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];
  for (const name of files) {
    const file = join(operationsDir, name);
    const raw = readYaml(file, root) as Record<string, unknown>;
    check(raw, operationFileSchema, label(file));
    const family = raw as {
      resource: string;
      tag: string;
      apiVersion: string;
      otherApiVersions?: { version: string; evidence: string }[];
      operations: Record<string, Record<string, unknown>>;
    };
    const apiVersions = [
      ...new Set([family.apiVersion, ...(family.otherApiVersions ?? []).map((v) => v.version)]),
    ].sort();
    for (const [id, op] of Object.entries(family.operations)) {
      const [method, path] = (op.upstream as string).split(" ") as [string, string];
      if (!id.startsWith(`${family.resource}.`)) {
        throw new SpecSyncError(
          `${label(file)}: operation ${id} does not belong to resource ${family.resource}.`,
        );
      }
      operations.push({
        id,
        resource: family.resource,
        tag: family.tag,
        apiVersion: family.apiVersion,
        apiVersions,
        method: method.toLowerCase(),
        path,
        upstreamOperationId: op.upstreamOperationId as string,
        summary: op.summary as string,
        description: (op.description as string).trim(),
        access: op.access as "read" | "write",
        auth: op.auth as CuratedOperation["auth"],
        scope: (op.scope as string | null) ?? null,
        idempotent: op.idempotent as boolean,
        destructive: op.destructive as boolean,
        webhooks: (op.webhooks as string[] | undefined) ?? [],
        role: (op.role as string | undefined) ?? null,
        pagination: (op.pagination as CuratedOperation["pagination"] | undefined) ?? null,
        parameters: (op.parameters as Record<string, CuratedParameter> | undefined) ?? {},
        requestBody: (op.requestBody as string | undefined) ?? null,
        toolFields: (op.toolFields as string[] | undefined) ?? null,
        toolDescription: (op.toolDescription as string | undefined) ?? null,
        targets: (op.targets as Targets | undefined) ?? null,
        noticeGuard: (op.noticeGuard as CuratedOperation["noticeGuard"] | undefined) ?? null,
        lookup: (op.lookup as CuratedOperation["lookup"] | undefined) ?? null,
        audit: op.audit as CuratedOperation["audit"],
        examples: (op.examples as CuratedOperation["examples"] | undefined) ?? {},
        file: label(file),
      });
    }
  }
  const seen = new Map<string, string>();
  for (const op of operations) {
    const key = `${op.method.toUpperCase()} ${op.path}`;
    const other = seen.get(key);
    if (other) throw new SpecSyncError(`Operations ${other} and ${op.id} both curate ${key}.`);
    seen.set(key, op.id);
  }
  return {
    document: document as Record<string, unknown>,
    webhooks: webhooks as WebhooksCuration,
    fixes: expandSchemaLists(fixes as RawFix[]),
    operations,
    schemas: schemas as Record<string, SchemaCuration>,
  };
}
