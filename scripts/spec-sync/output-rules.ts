/**
 * General corrections of what Cal.com's document says about its answers, each backed by how the
 * document is made (NestJS Swagger from DTO classes) and by recorded answers (spec/recordings/):
 *
 * 1. Creates answer 200 as well as 201: every 201 success is also declared as 200.
 * 2. An optional field of an answer may be `null`: `@ApiPropertyOptional` fields are filled from
 *    nullable database columns, and Swagger drops the `| null` (booking `rating`, team `logoUrl`, …).
 *    Applied only to schemas that appear in answers and never in requests, so inputs stay strict.
 * 3. A property typed `object` with no properties whose default is a scalar has that scalar's type:
 *    Swagger writes `object` for an untyped field with an initialiser (`isDefault = true`).
 */
import { listOperations } from "./operations";
import { makeNullable } from "./schema-transform";
import { reachSchemas } from "./schema-usage";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function operationsOf(doc: Json): Json[] {
  return listOperations(doc).map((entry) => entry.op);
}

/** Schemas used in success answers and nowhere in requests. */
export function answerOnlySchemas(doc: Json): Set<string> {
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  const ops = operationsOf(doc);
  const successes = ops.flatMap((op) =>
    Object.entries((op.responses ?? {}) as Json)
      .filter(([status]) => status.startsWith("2"))
      .map(([, response]) => response),
  );
  const inRequests = new Set(
    reachSchemas(
      ops.flatMap((op) => [op.requestBody, op.parameters]),
      schemas,
    ),
  );
  return new Set(reachSchemas(successes, schemas).filter((name) => !inRequests.has(name)));
}

function declareOkForCreated(doc: Json): void {
  for (const op of operationsOf(doc)) {
    const responses = op.responses as Json;
    if (responses["201"] && !responses["200"]) {
      // Integer-like keys keep numeric order in JS objects: 200 lands before 201.
      responses["200"] = structuredClone(responses["201"]);
    }
  }
}

function nullableOptionals(schema: Json): void {
  const properties = schema.properties;
  if (!isObject(properties)) return;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [name, property] of Object.entries(properties)) {
    if (!required.has(name) && isObject(property)) makeNullable(property);
  }
}

const SCALAR_TYPES: Record<string, string> = {
  boolean: "boolean",
  number: "number",
  string: "string",
};

function scalarTypeOfDefault(schema: Json): string | undefined {
  if (schema.properties || !("default" in schema)) return undefined;
  const type = schema.type;
  const isObjectType = type === "object" || (Array.isArray(type) && type.includes("object"));
  return isObjectType ? SCALAR_TYPES[typeof schema.default] : undefined;
}

function scalarsTypedAsObjects(schema: Json): void {
  if (!isObject(schema.properties)) return;
  for (const property of Object.values(schema.properties)) {
    if (!isObject(property)) continue;
    const scalar = scalarTypeOfDefault(property);
    if (!scalar) continue;
    property.type =
      Array.isArray(property.type) && property.type.includes("null") ? [scalar, "null"] : scalar;
  }
}

/** Applies the three rules above to a built document, in place. */
export function applyOutputRules(doc: Json): void {
  declareOkForCreated(doc);
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  for (const schema of Object.values(schemas)) if (isObject(schema)) scalarsTypedAsObjects(schema);
  for (const name of answerOnlySchemas(doc)) {
    const schema = schemas[name];
    if (isObject(schema)) nullableOptionals(schema);
  }
}
