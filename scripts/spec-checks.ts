/**
 * Our own checks of spec/openapi.yaml, beyond what an OpenAPI validator knows: the operation
 * count, complete metadata on every operation, resolvable references, no unused schemas, a
 * description on every field the operations reach, and examples that match their schemas. Each problem names the JSON pointer it concerns.
 */
import { findUndescribedFields } from "./spec-sync/descriptions";
import { checkExamples } from "./spec-sync/examples";
import { type DocumentOperation, listOperations } from "./spec-sync/operations";
import { escapeSegment, getAt } from "./spec-sync/pointer";
import { collectRefs } from "./spec-sync/schema-transform";
import { reachSchemas } from "./spec-sync/schema-usage";

type Json = Record<string, unknown>;

export const EXPECTED_OPERATION_COUNT = 41;
const ERROR_STATUSES = ["400", "401", "403", "404", "429", "500"];
const RESOURCES = [
  "bookings",
  "eventTypes",
  "slots",
  "schedules",
  "calendars",
  "me",
  "teams",
  "webhooks",
  "orgUsers",
];

function checkMetadata(
  { pointer, method, op }: DocumentOperation,
  scopes: Set<string>,
  problems: string[],
): void {
  const meta = op["x-cal"] as Json | undefined;
  const at = `${pointer}/x-cal`;
  if (!meta) {
    problems.push(`${at}: missing`);
    return;
  }
  const expect = (key: string, ok: boolean, what: string) => {
    if (!ok) problems.push(`${at}/${key}: ${what} (found ${JSON.stringify(meta[key])})`);
  };
  expect(
    "id",
    typeof meta.id === "string" && /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(meta.id),
    "must be an id like bookings.create",
  );
  expect("id", meta.id === op.operationId, "must equal operationId");
  expect(
    "resource",
    RESOURCES.includes(meta.resource as string) &&
      String(meta.id).startsWith(`${String(meta.resource)}.`),
    `must be one of ${RESOURCES.join(", ")} and prefix the id`,
  );
  expect("access", meta.access === "read" || meta.access === "write", "must be read or write");
  expect("access", meta.access !== "read" || method === "get", "a read must be a GET");
  expect(
    "auth",
    ["required", "optional", "none"].includes(meta.auth as string),
    "must be required, optional or none",
  );
  expect(
    "apiVersion",
    typeof meta.apiVersion === "string" && /^\d{4}-\d{2}-\d{2}$/.test(meta.apiVersion),
    "must be a YYYY-MM-DD version",
  );
  expect(
    "upstreamVersion",
    meta.upstreamVersion === null ||
      (typeof meta.upstreamVersion === "string" &&
        /^\d{4}-\d{2}-\d{2}$/.test(meta.upstreamVersion)),
    "must be a version or null",
  );
  expect(
    "upstreamOperationId",
    typeof meta.upstreamOperationId === "string" && meta.upstreamOperationId.length > 0,
    "must name the upstream operation",
  );
  expect("idempotent", typeof meta.idempotent === "boolean", "must be a boolean");
  expect("idempotent", meta.access !== "read" || meta.idempotent === true, "reads are idempotent");
  expect("destructive", typeof meta.destructive === "boolean", "must be a boolean");
  expect(
    "destructive",
    meta.access !== "read" || meta.destructive === false,
    "a read cannot be destructive",
  );
  expect(
    "webhooks",
    Array.isArray(meta.webhooks) &&
      meta.webhooks.every((w) => typeof w === "string" && /^[A-Z_]+$/.test(w)),
    "must list trigger names",
  );
  expect(
    "pagination",
    meta.pagination === null ||
      (typeof meta.pagination === "object" && (meta.pagination as Json).style === "take-skip"),
    "must be null or {style: take-skip, meta}",
  );
  expect("role", meta.role === null || typeof meta.role === "string", "must be null or a role");
  const audit = meta.audit as Json | undefined;
  expect(
    "audit",
    typeof audit === "object" &&
      audit !== null &&
      ["done", "doing", "result"].every(
        (k) => typeof audit[k] === "string" && (audit[k] as string).length > 1,
      ),
    "must give done, doing and result phrases",
  );

  const security = op.security as Json[] | undefined;
  if (!Array.isArray(security)) {
    problems.push(`${pointer}/security: missing`);
    return;
  }
  const optional = security.some((s) => Object.keys(s).length === 0);
  if (meta.auth === "none" && security.length)
    problems.push(`${pointer}/security: must be empty for auth none`);
  if (meta.auth === "optional" && !optional)
    problems.push(`${pointer}/security: auth optional needs an empty {} alternative`);
  if (meta.auth === "required" && optional)
    problems.push(`${pointer}/security: auth required must not allow anonymous calls`);
  const opScopes = security.flatMap((s) => (Array.isArray(s.oauth2) ? (s.oauth2 as string[]) : []));
  for (const scope of opScopes) {
    if (!scopes.has(scope)) problems.push(`${pointer}/security: unknown scope ${scope}`);
    const suffix = meta.access === "read" ? "_READ" : "_WRITE";
    if (!scope.endsWith(suffix))
      problems.push(
        `${pointer}/security: scope ${scope} does not fit access ${String(meta.access)}`,
      );
  }
  if (meta.auth !== "none" && meta.resource !== "slots" && opScopes.length !== 1)
    problems.push(`${pointer}/security: needs exactly one OAuth scope`);

  if (typeof op.summary !== "string" || !op.summary) problems.push(`${pointer}/summary: missing`);
  if (typeof op.description !== "string" || op.description.length < 40)
    problems.push(`${pointer}/description: missing or too short`);
  const params = (op.parameters ?? []) as Json[];
  params.forEach((p, i) => {
    if (p.in === "header") return;
    if (typeof p.description !== "string" || !p.description)
      problems.push(`${pointer}/parameters/${i}: ${String(p.name)} has no description`);
    if ((p.in === "path" || p.required) && !("example" in p))
      problems.push(`${pointer}/parameters/${i}: required ${String(p.name)} has no example`);
  });
  const version = params.find((p) => p.name === "cal-api-version");
  if (
    !version ||
    version.required !== true ||
    (version.schema as Json | undefined)?.default !== meta.apiVersion
  ) {
    problems.push(
      `${pointer}/parameters: must declare the required cal-api-version header defaulting to ${String(meta.apiVersion)}`,
    );
  }
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const success = Object.keys(responses).filter((s) => s.startsWith("2"));
  if (!success.length) problems.push(`${pointer}/responses: no success response`);
  for (const status of ERROR_STATUSES)
    if (!responses[status]) problems.push(`${pointer}/responses/${status}: missing`);
  const body = op.requestBody as Json | undefined;
  const bodyMedia = (body?.content as Json | undefined)?.["application/json"] as Json | undefined;
  if (body && body.required && !bodyMedia?.examples)
    problems.push(`${pointer}/requestBody: a required body needs an example`);
}

export function checkSpec(doc: Json): string[] {
  const problems: string[] = [];
  const ops = listOperations(doc);
  if (ops.length !== EXPECTED_OPERATION_COUNT)
    problems.push(`/paths: ${ops.length} operations, expected ${EXPECTED_OPERATION_COUNT}`);
  const ids = new Map<string, string>();
  for (const entry of ops) {
    const id = String(entry.op.operationId);
    const other = ids.get(id);
    if (other) problems.push(`${entry.pointer}/operationId: ${id} is also used at ${other}`);
    ids.set(id, entry.pointer);
  }
  const flows = getAt(doc, "/components/securitySchemes/oauth2/flows/authorizationCode/scopes") as
    | Json
    | undefined;
  const scopes = new Set(Object.keys(flows ?? {}));
  if (scopes.size !== 16)
    problems.push(`/components/securitySchemes/oauth2: ${scopes.size} scopes, expected 16`);
  for (const entry of ops) checkMetadata(entry, scopes, problems);

  for (const ref of collectRefs(doc)) {
    if (!ref.startsWith("#/")) problems.push(`${ref}: only local references are allowed`);
    else if (getAt(doc, ref.slice(1)) === undefined) problems.push(`${ref}: does not resolve`);
  }
  const pool = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  const used = new Set(
    reachSchemas([doc.paths, (doc.components as Json | undefined)?.responses, doc.webhooks], pool),
  );
  for (const name of Object.keys(pool))
    if (!used.has(name)) problems.push(`/components/schemas/${escapeSegment(name)}: unused`);
  for (const { at, schema, field } of findUndescribedFields(doc))
    problems.push(`${at}: ${schema}.${field} has no description (spec/curation/schemas.yaml)`);
  for (const problem of checkExamples(doc))
    problems.push(`${problem.at}: example does not match its schema: ${problem.message}`);
  return problems;
}
