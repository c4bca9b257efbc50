/**
 * Builds the curated spec from the upstream document and spec/curation/. Pure: no file access,
 * the same inputs always give the same document (key order included).
 */
import type { CuratedOperation, Curation } from "./curation";
import { findUndescribedFields } from "./descriptions";
import { SpecSyncError } from "./errors";
import { checkExamples, findExamples } from "./examples";
import { applyFixes } from "./fixes";
import { applyOutputRules } from "./output-rules";
import { escapeSegment, getAt } from "./pointer";
import { SCHEMA_REF_PREFIX, transformSchema } from "./schema-transform";
import { reachSchemas } from "./schema-usage";

type Json = Record<string, unknown>;

export interface UpstreamInfo {
  sha256: string;
}

export interface BuildNote {
  kind:
    | "dropped-example"
    | "undescribed-parameter"
    | "undescribed-field"
    | "stale-curation"
    | "renamed-upstream";
  message: string;
  /** The curated operation the note is about, when it is about one. */
  operation?: string;
  /** The component schema the note is about, when it is about one. */
  schema?: string;
  /** The field of that schema, for an undescribed field. */
  field?: string;
}

export interface BuildResult {
  document: Json;
  notes: BuildNote[];
  /** Curated examples that no longer match their schemas: the spec must not be written. */
  problems: string[];
}

const METHOD_ORDER = ["get", "post", "put", "patch", "delete"];
const ERROR_STATUSES: Record<string, string> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "NotFound",
  "429": "TooManyRequests",
  "500": "InternalServerError",
};
const AUTH_HEADERS = new Set(["authorization", "x-cal-client-id", "x-cal-secret-key"]);

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkUpstreamShape(
  upstream: unknown,
): asserts upstream is Json & { paths: Json; components: { schemas: Json } } {
  const problems: string[] = [];
  if (!isObject(upstream)) throw new SpecSyncError("The upstream document is not a JSON object.");
  if (typeof upstream.openapi !== "string")
    problems.push("/openapi: missing; this is not an OpenAPI document");
  if (!isObject(upstream.paths)) problems.push("/paths: missing or not an object");
  if (!isObject(upstream.components) || !isObject((upstream.components as Json).schemas)) {
    problems.push("/components/schemas: missing or not an object");
  }
  if (problems.length) throw new SpecSyncError("The upstream document is not usable:", problems);
}

function locateAll(upstream: Json & { paths: Json }, curation: Curation): Map<string, Json> {
  const missing: string[] = [];
  const found = new Map<string, Json>();
  for (const op of curation.operations) {
    const item = (upstream.paths as Json)[op.path];
    const upstreamOp = isObject(item) ? item[op.method] : undefined;
    if (!isObject(upstreamOp)) {
      missing.push(`${op.id} (${op.method.toUpperCase()} ${op.path}, curated in ${op.file})`);
      continue;
    }
    found.set(op.id, upstreamOp);
  }
  if (missing.length) {
    throw new SpecSyncError(
      "Curated operations are absent from the upstream document (renamed or removed upstream?):",
      missing,
    );
  }
  return found;
}

function envelopeExample(op: CuratedOperation, schema: Json | undefined, doc: Json): unknown {
  const resolved =
    schema && typeof schema.$ref === "string"
      ? (getAt(doc, (schema.$ref as string).slice(1)) as Json | undefined)
      : schema;
  const properties = isObject(resolved?.properties) ? (resolved?.properties as Json) : {};
  if (!("data" in properties))
    return op.examples.response === undefined ? { status: "success" } : op.examples.response;
  if (op.examples.response === undefined) return undefined;
  const body: Json = { status: "success", data: op.examples.response };
  if ("pagination" in properties) {
    const items = Array.isArray(op.examples.response) ? op.examples.response.length : 1;
    body.pagination = op.examples.pagination ?? {
      totalItems: items,
      remainingItems: 0,
      returnedItems: items,
      itemsPerPage: Math.max(items, 10),
      currentPage: 1,
      totalPages: 1,
      hasNextPage: false,
      hasPreviousPage: false,
    };
  }
  return body;
}

function buildSecurity(op: CuratedOperation, platformHeaders: string[]): Json[] {
  if (op.auth === "none") return [];
  const alternatives: Json[] = [{ apiKey: [] }];
  if (op.scope) alternatives.push({ oauth2: [op.scope] });
  if (platformHeaders.length) {
    const platform: Json = {};
    if (platformHeaders.includes("x-cal-client-id")) platform.platformClientId = [];
    if (platformHeaders.includes("x-cal-secret-key")) platform.platformSecretKey = [];
    alternatives.push(platform);
  }
  if (op.auth === "optional") alternatives.push({});
  return alternatives;
}

function buildParameters(
  op: CuratedOperation,
  upstreamOp: Json,
  notes: BuildNote[],
): { parameters: Json[]; upstreamVersion: string | null; platformHeaders: string[] } {
  let upstreamVersion: string | null = null;
  const platformHeaders: string[] = [];
  const parameters: Json[] = [];
  const seen = new Set<string>();
  for (const raw of (upstreamOp.parameters ?? []) as Json[]) {
    const name = String(raw.name);
    const location = String(raw.in);
    if (location === "header") {
      const lower = name.toLowerCase();
      if (lower === "cal-api-version") {
        const def = isObject(raw.schema) ? raw.schema.default : undefined;
        upstreamVersion = typeof def === "string" ? def : null;
      } else if (AUTH_HEADERS.has(lower) && lower !== "authorization") {
        platformHeaders.push(lower);
      }
      continue;
    }
    seen.add(name);
    const curated = op.parameters[name];
    if (!curated?.description) {
      notes.push({
        kind: "undescribed-parameter",
        operation: op.id,
        message: `${op.id}: upstream parameter "${name}" (${location}) has no description in ${op.file}`,
      });
    }
    const schema = transformSchema(raw.schema ?? {}) as Json;
    const param: Json = { name, in: location };
    if (curated?.description) param.description = curated.description.trim();
    param.required = location === "path" ? true : raw.required === true;
    if (raw.deprecated === true) param.deprecated = true;
    if (raw.style) param.style = raw.style;
    if (raw.explode !== undefined) param.explode = raw.explode;
    if (location === "query" && schema.type === "array" && raw.style === undefined) {
      // Cal.com reads lists from one comma-separated value (?status=upcoming,past).
      param.style = "form";
      param.explode = false;
    }
    param.schema = schema;
    if (curated && "example" in curated) param.example = curated.example;
    parameters.push(param);
  }
  for (const name of Object.keys(op.parameters).filter((n) => !seen.has(n))) {
    notes.push({
      kind: "stale-curation",
      operation: op.id,
      message: `${op.id}: ${op.file} describes parameter "${name}", which upstream no longer declares; remove it from the curation`,
    });
  }
  parameters.sort((a, b) => (a.in === b.in ? 0 : a.in === "path" ? -1 : b.in === "path" ? 1 : 0));
  parameters.push({
    name: "cal-api-version",
    in: "header",
    required: true,
    description: `API version of this endpoint family. Send \`${op.apiVersion}\`; without it Cal.com falls back to legacy behaviour.`,
    schema: { type: "string", enum: op.apiVersions, default: op.apiVersion },
    example: op.apiVersion,
  });
  return { parameters, upstreamVersion, platformHeaders };
}

function buildOperation(
  op: CuratedOperation,
  upstreamOp: Json,
  doc: Json,
  notes: BuildNote[],
  everyResponse: string[],
): Json {
  if (upstreamOp.operationId !== op.upstreamOperationId) {
    notes.push({
      kind: "renamed-upstream",
      operation: op.id,
      message: `${op.id}: upstream operationId is now ${String(upstreamOp.operationId)} (curated: ${op.upstreamOperationId})`,
    });
  }
  const { parameters, upstreamVersion, platformHeaders } = buildParameters(op, upstreamOp, notes);
  const out: Json = {
    operationId: op.id,
    summary: op.summary,
    description: op.description,
    tags: [op.tag],
    security: buildSecurity(op, platformHeaders),
    parameters,
  };
  const body = upstreamOp.requestBody as Json | undefined;
  if (body) {
    const schema = transformSchema(
      (body.content as Json | undefined)?.["application/json"]
        ? ((body.content as Json)["application/json"] as Json).schema
        : {},
    );
    const media: Json = { schema };
    if (op.examples.request !== undefined)
      media.examples = { example: { summary: op.summary, value: op.examples.request } };
    out.requestBody = {
      ...(op.requestBody ? { description: op.requestBody } : {}),
      required: body.required === true,
      content: { "application/json": media },
    };
  } else if (op.examples.request !== undefined) {
    throw new SpecSyncError(
      `${op.file}: ${op.id} has a request example but upstream declares no request body.`,
    );
  }
  const responses: Json = {};
  for (const [status, response] of Object.entries(
    (upstreamOp.responses ?? {}) as Record<string, Json>,
  )) {
    if (!status.startsWith("2")) continue;
    const upstreamSchema = (
      (response.content as Json | undefined)?.["application/json"] as Json | undefined
    )?.schema;
    const schema = transformSchema(
      upstreamSchema ?? { $ref: `${SCHEMA_REF_PREFIX}SuccessStatusOnly` },
    ) as Json;
    const media: Json = { schema };
    const example = envelopeExample(op, schema, doc);
    if (example !== undefined)
      media.examples = { example: { summary: op.summary, value: example } };
    responses[status] = {
      description: successDescription(op, status),
      ...(everyResponse.length ? { headers: headerRefs(everyResponse) } : {}),
      content: { "application/json": media },
    };
  }
  if (!Object.keys(responses).length)
    throw new SpecSyncError(`${op.id}: upstream declares no success response.`);
  for (const [status, name] of Object.entries(ERROR_STATUSES))
    responses[status] = { $ref: `#/components/responses/${name}` };
  out.responses = responses;
  out["x-cal"] = {
    id: op.id,
    resource: op.resource,
    access: op.access,
    auth: op.auth,
    apiVersion: op.apiVersion,
    upstreamVersion,
    upstreamOperationId: op.upstreamOperationId,
    idempotent: op.idempotent,
    destructive: op.destructive,
    webhooks: op.webhooks,
    pagination: op.pagination,
    role: op.role,
    ...(op.toolFields || op.toolDescription
      ? {
          tool: {
            ...(op.toolDescription ? { description: op.toolDescription } : {}),
            ...(op.toolFields ? { fields: op.toolFields } : {}),
          },
        }
      : {}),
    ...(op.targets ? { targets: op.targets } : {}),
    ...(op.noticeGuard ? { noticeGuard: op.noticeGuard } : {}),
    ...(op.lookup ? { lookup: op.lookup } : {}),
    audit: op.audit,
  };
  return out;
}

function successDescription(op: CuratedOperation, status: string): string {
  if (status === "201") return op.access === "write" ? "Created." : "Done.";
  return op.access === "read" ? "Found." : "Done.";
}

/** `headers` of a response referring to the named header components. */
function headerRefs(names: readonly string[]): Json {
  return Object.fromEntries(names.map((h) => [h, { $ref: `#/components/headers/${h}` }]));
}

/** Cal.com's rate-limit headers, sent with every answer: the `X-RateLimit-*` header components. */
function rateLimitHeaders(headers: unknown): string[] {
  return Object.keys(isObject(headers) ? headers : {}).filter((h) => h.startsWith("X-RateLimit-"));
}

function buildErrorResponses(curated: Record<string, Json>, everyResponse: string[]): Json {
  const out: Json = {};
  for (const [name, spec] of Object.entries(curated)) {
    const status = Object.entries(ERROR_STATUSES).find(([, n]) => n === name)?.[0] ?? "400";
    const response: Json = { description: spec.description };
    const own = Array.isArray(spec.headers) ? (spec.headers as string[]) : [];
    if (own.length || everyResponse.length)
      response.headers = headerRefs([...own, ...everyResponse]);
    response.content = {
      "application/json": {
        schema: { $ref: `${SCHEMA_REF_PREFIX}ErrorEnvelope` },
        examples: {
          example: {
            value: {
              status: "error",
              timestamp: "2026-12-01T15:00:00.000Z",
              path: "/v2/bookings",
              error: {
                ...(spec.example as Json),
                ...(status === "400" ? { details: { field: "start" } } : {}),
              },
            },
          },
        },
      },
    };
    out[name] = response;
  }
  return out;
}

function noteUndescribedFields(doc: Json, notes: BuildNote[]): void {
  for (const { schema, field } of findUndescribedFields(doc))
    notes.push({
      kind: "undescribed-field",
      schema,
      field,
      message: `${schema}.${field} has no description in spec/curation/schemas.yaml`,
    });
}

function applySchemaDescriptions(schemas: Json, curation: Curation, notes: BuildNote[]): void {
  for (const [name, curated] of Object.entries(curation.schemas)) {
    const schema = schemas[name] as Json | undefined;
    if (!schema) continue; // Described but no longer reached: harmless, the drift report shows the schema removed.
    if (curated.description) schema.description = curated.description.trim();
    for (const [prop, text] of Object.entries(curated.properties ?? {})) {
      const property = (schema.properties as Json | undefined)?.[prop] as Json | undefined;
      if (property)
        property.description = text.trim(); // 3.1 allows a description beside a $ref.
      else
        notes.push({
          kind: "stale-curation",
          schema: name,
          message: `spec/curation/schemas.yaml describes ${name}.${prop}, which upstream no longer has; remove it from the curation`,
        });
    }
  }
}

/**
 * Upstream's alternatives (location kinds, booking field kinds) carry a required string `type`
 * whose value only appears as an example. Where every alternative of an `anyOf` has one and they
 * are all different, that value is the discriminator: it becomes `const`, so validators, types
 * and models can tell the alternatives apart.
 */
function inferDiscriminators(schemas: Json): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    const alternatives = node.anyOf;
    if (
      Array.isArray(alternatives) &&
      alternatives.length > 1 &&
      alternatives.every((a) => isObject(a) && typeof a.$ref === "string")
    ) {
      const targets = alternatives.map(
        (a) =>
          schemas[decodeURIComponent(String((a as Json).$ref).slice(SCHEMA_REF_PREFIX.length))] as
            | Json
            | undefined,
      );
      const tags = targets.map((t) => {
        const properties = t?.properties;
        const type = isObject(properties) ? (properties.type as Json | undefined) : undefined;
        const requiredList = t?.required;
        const required = Array.isArray(requiredList) && requiredList.includes("type");
        return type &&
          required &&
          type.type === "string" &&
          typeof type.example === "string" &&
          type.enum === undefined &&
          type.const === undefined
          ? (type.example as string)
          : undefined;
      });
      if (tags.every((t) => t !== undefined) && new Set(tags).size === tags.length) {
        targets.forEach((t, i) => {
          const type = (t as Json & { properties: Json }).properties.type as Json;
          type.const = tags[i];
          count++;
        });
      }
    }
    for (const [key, value] of Object.entries(node))
      if (key !== "example" && key !== "examples" && key !== "enum" && key !== "default")
        visit(value);
  };
  visit(schemas);
  return count;
}

export function buildSpec(
  upstreamInput: unknown,
  curation: Curation,
  info: UpstreamInfo,
): BuildResult {
  checkUpstreamShape(upstreamInput);
  const upstream = structuredClone(upstreamInput) as Json & {
    paths: Json;
    components: { schemas: Json };
  };
  const notes: BuildNote[] = [];
  const byId = new Map(curation.operations.map((op) => [op.id, op]));
  locateAll(upstream, curation);
  applyFixes(upstream, curation.fixes, (id) => byId.get(id));
  const upstreamOps = locateAll(upstream, curation);

  const ours = structuredClone(curation.document) as Json;
  const ourComponents = ours.components as Json;
  const ourSchemas = ourComponents.schemas as Json;
  const pool: Json = {};
  for (const [name, schema] of Object.entries(upstream.components.schemas))
    pool[name] = transformSchema(schema);
  const ourAdded: Json = { ...ourSchemas, ...curation.webhooks.schemas };
  for (const [name, schema] of Object.entries(ourAdded)) {
    if (name in upstream.components.schemas)
      throw new SpecSyncError(
        `The curation defines schema ${name}, which upstream also defines; rename ours.`,
      );
    if (name in ourSchemas && name in curation.webhooks.schemas)
      throw new SpecSyncError(`Schema ${name} is defined in both document.yaml and webhooks.yaml.`);
    pool[name] = schema;
  }

  const doc: Json = {
    openapi: "3.1.0",
    info: ours.info,
    servers: ours.servers,
    tags: ours.tags,
    "x-cal": { ...(ours["x-cal"] as Json), upstream: { sha256: info.sha256 } },
    paths: {},
    webhooks: {},
    components: {},
  };
  const paths = doc.paths as Json;
  const sorted = [...curation.operations].sort((a, b) =>
    a.path === b.path
      ? METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method)
      : a.path < b.path
        ? -1
        : 1,
  );
  for (const op of sorted) {
    paths[op.path] ??= {};
    const item = paths[op.path] as Json;
    item[op.method] = buildOperation(
      op,
      upstreamOps.get(op.id) as Json,
      { components: { schemas: pool } },
      notes,
      rateLimitHeaders(ourComponents.headers),
    );
  }

  const errorResponses = buildErrorResponses(
    ourComponents.responses as Record<string, Json>,
    rateLimitHeaders(ourComponents.headers),
  );
  const webhooks = structuredClone(curation.webhooks.webhooks) as Json;
  const used = reachSchemas([paths, errorResponses, webhooks], pool, (ref) => {
    throw new SpecSyncError(
      `A schema refers to ${ref}, which neither upstream nor the curation defines.`,
    );
  });
  const schemas: Json = {};
  for (const name of used) schemas[name] = pool[name];
  applySchemaDescriptions(schemas, curation, notes);
  noteUndescribedFields({ paths, components: { schemas } }, notes);
  inferDiscriminators(schemas);
  if (Object.keys(webhooks).length) doc.webhooks = webhooks;
  else delete doc.webhooks;
  doc.components = {
    securitySchemes: ourComponents.securitySchemes,
    headers: ourComponents.headers,
    responses: errorResponses,
    schemas,
  };
  applyOutputRules(doc);

  // Upstream's own example values are kept only where they are valid for the (fixed) schema.
  const schemaExamples = findExamples(doc).filter((e) => e.kind === "schema");
  for (const problem of checkExamples(doc, schemaExamples)) {
    const holder = getAt(doc, problem.at.slice(0, problem.at.lastIndexOf("/"))) as Json;
    const isOurs =
      problem.at.startsWith("/components/schemas/") &&
      decodeURIComponent(problem.at.split("/")[3] ?? "") in ourAdded;
    if (isOurs)
      throw new SpecSyncError(
        `document.yaml: the example at ${problem.at} is invalid: ${problem.message}`,
      );
    delete holder.example;
    notes.push({
      kind: "dropped-example",
      message: `upstream example at ${problem.at} dropped: ${problem.message}`,
    });
  }
  // Our own examples must all be valid; an upstream change can break them, which the maintainer
  // fixes in the curation after reading the drift report (so this does not stop the build).
  const problems = checkExamples(
    doc,
    findExamples(doc).filter((e) => e.kind === "operation"),
  ).map((p) => `${locateExample(p.at, doc)}: ${p.message}`);
  return { document: doc, notes, problems };
}

/** Names the curated operation an example pointer belongs to, for messages a curator can act on. */
function locateExample(at: string, doc: Json): string {
  const match = /^\/paths\/([^/]+)\/([a-z]+)\/(.*)$/.exec(at);
  if (!match) return at;
  const path = decodeURIComponent((match[1] ?? "").replace(/~1/g, "/").replace(/~0/g, "~"));
  const op = getAt(doc, `/paths/${escapeSegment(path)}/${match[2]}`) as Json | undefined;
  return `${String(op?.operationId ?? `${match[2]} ${path}`)} ${match[3]}`;
}
