/**
 * Our own checks of spec/openapi.yaml, beyond what an OpenAPI validator knows: the operation
 * count, complete metadata on every operation, resolvable references, no unused schemas, a
 * description on every field the operations reach, and examples that match their schemas. Each problem names the JSON pointer it concerns.
 */
import {
  type CalOperationMetadata,
  checkDocumentMetadata,
  checkOperationMetadata,
} from "@calkit/spec";
import { findUndescribedFields } from "./spec-sync/descriptions";
import { checkExamples } from "./spec-sync/examples";
import { type DocumentOperation, listOperations } from "./spec-sync/operations";
import { escapeSegment, getAt } from "./spec-sync/pointer";
import { collectRefs } from "./spec-sync/schema-transform";
import { reachSchemas } from "./spec-sync/schema-usage";

type Json = Record<string, unknown>;

const ERROR_STATUSES = ["400", "401", "403", "404", "429", "500"];

/**
 * An operation's x-cal against the contract (spec/x-cal.schema.json), then what the contract
 * cannot say alone: how x-cal agrees with the rest of the operation.
 */
function checkMetadata(
  { pointer, method, op }: DocumentOperation,
  scopes: Set<string>,
  problems: string[],
): void {
  const at = `${pointer}/x-cal`;
  const contract = checkOperationMetadata(op["x-cal"], at);
  for (const problem of contract) problems.push(`${problem.pointer}: ${problem.message}`);
  if (contract.length) return;
  const meta = op["x-cal"] as CalOperationMetadata;
  if (meta.id !== op.operationId) problems.push(`${at}/id: must equal operationId`);
  if (!meta.id.startsWith(`${meta.resource}.`))
    problems.push(`${at}/resource: must be the prefix of the id ${meta.id}`);
  if (meta.access === "read" && method !== "get")
    problems.push(`${at}/access: a read must be a GET`);

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
  if (meta.auth === "required" && opScopes.length !== 1)
    problems.push(
      `${pointer}/security: an operation that requires auth needs exactly one OAuth scope`,
    );
  if (opScopes.length > 1) problems.push(`${pointer}/security: at most one OAuth scope`);

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

/**
 * Problems of `doc`. With `curatedIds` (the ids of spec/curation), the document must hold exactly
 * those operations: none lost or added by a sync.
 */
export function checkSpec(doc: Json, curatedIds?: readonly string[]): string[] {
  const problems: string[] = [];
  const ops = listOperations(doc);
  if (curatedIds) problems.push(...checkOperationSet(ops, curatedIds));
  for (const problem of checkDocumentMetadata(doc["x-cal"]))
    problems.push(`${problem.pointer}: ${problem.message}`);
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

function checkOperationSet(ops: DocumentOperation[], curatedIds: readonly string[]): string[] {
  const inDocument = new Set(ops.map((o) => String(o.op.operationId)));
  const curated = new Set(curatedIds);
  return [
    ...[...curated]
      .filter((id) => !inDocument.has(id))
      .map((id) => `/paths: ${id} is curated but not in the document (run pnpm spec:sync)`),
    ...ops
      .filter((o) => !curated.has(String(o.op.operationId)))
      .map((o) => `${o.pointer}: ${String(o.op.operationId)} is not in spec/curation`),
  ];
}
