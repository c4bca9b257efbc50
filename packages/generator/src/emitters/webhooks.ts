/**
 * packages/webhooks/src/generated/: the deliveries described by the spec's OpenAPI 3.1 `webhooks`
 * object.
 * - webhooks.schema.gen.ts: openapi-typescript over the webhooks and the schemas they use.
 * - events.gen.ts: one event and payload type per trigger, the union keyed by `triggerEvent`, the
 *   typed triggers, every trigger a subscription accepts, and the delivery schemas as JSON Schema
 *   data for runtime validation.
 * A spec without webhooks emits nothing.
 */

// Relative import of the webhooks package's source: the generator runs from source (tsx) and
// tsup bundles it, so the lists exist once.
import { ANNOTATION_KEYWORDS, VALIDATED_KEYWORDS } from "@calkit/webhooks";
import { SpecError, SpecErrors } from "../errors";
import { escapeSegment, isObject, type Json, lookup } from "../json";
import type { ApiModel } from "../model";
import { pascalCase } from "../naming";
import { openapiTypes } from "../openapi-types";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";
import { emitGeneratedReadme } from "./generated-readme";

export const WEBHOOKS_DIR = "packages/webhooks/src/generated";

/** The schema every delivery's body is an instance of. */
export const ENVELOPE_SCHEMA = "CalWebhookEnvelope";
/** Where the webhooks API lists the triggers a subscription accepts. */
export const SUBSCRIPTION_TRIGGERS_POINTER =
  "/components/schemas/CreateWebhookInputDto/properties/triggers/items/enum";

const SCHEMA_REF = "#/components/schemas/";
const TRIGGER = /^[A-Z][A-Z0-9_]*$/;
// The runtime validator's own keyword lists: a delivery schema using anything else fails
// generation, so a spec change can never silently weaken runtime validation.
const VALIDATED = VALIDATED_KEYWORDS;
const ANNOTATIONS = ANNOTATION_KEYWORDS;
/** Keywords whose value is a schema, a list of schemas, or a map of schemas. */
const SUBSCHEMA = new Set(["items", "additionalProperties"]);
const SUBSCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf"]);

function schemaName(ref: unknown): string | undefined {
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF)
    ? decodeURIComponent(ref.slice(SCHEMA_REF.length))
    : undefined;
}

/** `BOOKING_NO_SHOW_UPDATED` → `BookingNoShowUpdated`. */
export function triggerTypeName(trigger: string): string {
  return pascalCase(trigger.toLowerCase());
}

interface TriggerModel {
  trigger: string;
  /** components/schemas name of the delivery body. */
  schema: string;
  /** components/schemas name of its `payload`. */
  payload: string;
  summary: string;
  description: string;
}

/** Checks a delivery schema (and what it references) uses only keywords the runtime validates. */
function checkKeywords(schema: unknown, pointer: string, errors: SpecError[]): void {
  if (typeof schema === "boolean") return;
  if (!isObject(schema)) {
    errors.push(new SpecError(pointer, "a schema must be an object or a boolean"));
    return;
  }
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapeSegment(keyword)}`;
    if (keyword.startsWith("x-") || ANNOTATIONS.includes(keyword)) continue;
    if (!VALIDATED.includes(keyword)) {
      errors.push(
        new SpecError(
          at,
          `keyword "${keyword}" is not validated by @calkit/webhooks at runtime; use another or extend src/json-schema.ts`,
        ),
      );
      continue;
    }
    if (keyword === "properties") {
      if (!isObject(value)) errors.push(new SpecError(at, "must be an object of schemas"));
      else
        for (const [name, sub] of Object.entries(value))
          checkKeywords(sub, `${at}/${escapeSegment(name)}`, errors);
    } else if (SUBSCHEMA.has(keyword)) {
      checkKeywords(value, at, errors);
    } else if (SUBSCHEMA_LISTS.has(keyword)) {
      if (!Array.isArray(value)) errors.push(new SpecError(at, "must be a list of schemas"));
      else for (const [i, sub] of value.entries()) checkKeywords(sub, `${at}/${i}`, errors);
    } else if (keyword === "$ref" && schemaName(value) === undefined) {
      errors.push(
        new SpecError(
          at,
          `only references to ${SCHEMA_REF}<name> are supported, found ${String(value)}`,
        ),
      );
    }
  }
}

/** Names of the component schemas `roots` use, directly or through others, sorted. */
function reachable(roots: string[], schemas: Json, errors: SpecError[]): string[] {
  const found = new Set<string>();
  const queue = [...roots];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      const name = schemaName(node.$ref);
      if (name !== undefined) queue.push(name);
      for (const value of Object.values(node)) visit(value);
    }
  };
  while (queue.length) {
    const name = queue.pop() as string;
    if (found.has(name)) continue;
    if (!(name in schemas)) {
      errors.push(
        new SpecError(
          `/components/schemas/${escapeSegment(name)}`,
          "is referenced by a webhook delivery but not defined",
        ),
      );
      continue;
    }
    found.add(name);
    visit(schemas[name]);
  }
  return [...found].sort();
}

/** The `const` a delivery schema gives `triggerEvent`, looking through `allOf`. */
function triggerConst(schema: unknown, schemas: Json, depth = 0): unknown {
  if (!isObject(schema) || depth > 10) return undefined;
  const name = schemaName(schema.$ref);
  if (name !== undefined) return triggerConst(schemas[name], schemas, depth + 1);
  const own =
    isObject(schema.properties) && isObject(schema.properties.triggerEvent)
      ? schema.properties.triggerEvent.const
      : undefined;
  if (own !== undefined) return own;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const found = triggerConst(part, schemas, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The schema name a delivery schema's `payload` refers to, looking through `allOf`. */
function payloadRef(schema: unknown, schemas: Json, depth = 0): string | undefined {
  if (!isObject(schema) || depth > 10) return undefined;
  const name = schemaName(schema.$ref);
  if (name !== undefined) return payloadRef(schemas[name], schemas, depth + 1);
  const own =
    isObject(schema.properties) && isObject(schema.properties.payload)
      ? schemaName(schema.properties.payload.$ref)
      : undefined;
  if (own !== undefined) return own;
  let found: string | undefined;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : [])
    found = payloadRef(part, schemas, depth + 1) ?? found;
  return found;
}

/** Rewrites `#/components/schemas/X` to `#/$defs/X` and drops examples, deeply. */
function toDefinition(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDefinition);
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "example" || key === "examples") continue;
    if (key === "$ref" && typeof value === "string")
      out.$ref = `#/$defs/${escapeSegment(schemaName(value) ?? value)}`;
    else if (key === "properties" && isObject(value))
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, toDefinition(v)]),
      );
    else out[key] = toDefinition(value);
  }
  return out;
}

function readTriggers(doc: Json, schemas: Json, errors: SpecError[]): TriggerModel[] {
  const webhooks = doc.webhooks as Json;
  const out: TriggerModel[] = [];
  for (const trigger of Object.keys(webhooks).sort()) {
    const at = `/webhooks/${escapeSegment(trigger)}`;
    if (!TRIGGER.test(trigger)) {
      errors.push(
        new SpecError(at, "a trigger name is upper case with underscores, e.g. BOOKING_CREATED"),
      );
      continue;
    }
    const item = webhooks[trigger];
    const post = isObject(item) ? item.post : undefined;
    if (!isObject(post)) {
      errors.push(
        new SpecError(`${at}/post`, "missing: Cal.com delivers every trigger with a POST"),
      );
      continue;
    }
    const body = isObject(post.requestBody) ? post.requestBody : undefined;
    const media = body && isObject(body.content) ? body.content["application/json"] : undefined;
    const schema = isObject(media) ? media.schema : undefined;
    const schemaAt = `${at}/post/requestBody/content/application~1json/schema`;
    const name = isObject(schema) ? schemaName(schema.$ref) : undefined;
    if (name === undefined) {
      errors.push(new SpecError(schemaAt, `must be a $ref to a schema in ${SCHEMA_REF}`));
      continue;
    }
    if (!(name in schemas)) {
      errors.push(new SpecError(`${schemaAt}/$ref`, `${SCHEMA_REF}${name} does not resolve`));
      continue;
    }
    const constant = triggerConst(schemas[name], schemas);
    if (constant !== trigger) {
      errors.push(
        new SpecError(
          `/components/schemas/${escapeSegment(name)}`,
          `must fix triggerEvent with const: ${trigger} (found ${JSON.stringify(constant) ?? "none"})`,
        ),
      );
      continue;
    }
    const payload = payloadRef(schemas[name], schemas);
    if (payload === undefined || !(payload in schemas)) {
      errors.push(
        new SpecError(
          `/components/schemas/${escapeSegment(name)}`,
          `must give payload a $ref to a schema in ${SCHEMA_REF}`,
        ),
      );
      continue;
    }
    out.push({
      trigger,
      schema: name,
      payload,
      summary: typeof post.summary === "string" ? post.summary : trigger,
      description: typeof post.description === "string" ? post.description.trim() : "",
    });
  }
  return out;
}

function readSubscriptionTriggers(doc: Json, errors: SpecError[]): string[] {
  const value = lookup(doc, SUBSCRIPTION_TRIGGERS_POINTER);
  if (
    !Array.isArray(value) ||
    !value.length ||
    !value.every((t) => typeof t === "string" && TRIGGER.test(t))
  ) {
    errors.push(
      new SpecError(
        SUBSCRIPTION_TRIGGERS_POINTER,
        "must list the trigger names a webhook subscription accepts",
      ),
    );
    return [];
  }
  return value as string[];
}

const jsDoc = (lines: string[]): string =>
  `/**\n${lines.map((l) => ` * ${l.replace(/\*\//g, "*\\/")}`.trimEnd()).join("\n")}\n */`;

function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function eventsFile(triggers: TriggerModel[], subscription: string[], definitions: Json): string {
  const out: string[] = [
    'import type { JsonSchemaBundle } from "../json-schema.js";',
    'import type { components } from "./webhooks.schema.gen.js";',
    "",
    'type Schemas = components["schemas"];',
    "",
    jsDoc([
      "The body of every delivery: `triggerEvent`, `createdAt` (ISO 8601) and the trigger's `payload`.",
    ]),
    `export type CalWebhookEnvelope = Schemas[${JSON.stringify(ENVELOPE_SCHEMA)}];`,
    "",
  ];
  for (const t of triggers) {
    const name = triggerTypeName(t.trigger);
    out.push(jsDoc([`The \`payload\` of ${t.trigger} deliveries (${SCHEMA_REF}${t.payload}).`]));
    out.push(`export type ${name}Payload = Schemas[${JSON.stringify(t.payload)}];`);
    out.push(
      jsDoc([
        `${t.trigger}: ${t.summary}.`,
        "",
        ...wrap(t.description),
        "",
        `Schema: ${SCHEMA_REF}${t.schema}.`,
      ]),
    );
    out.push(`export type ${name}Event = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {`);
    out.push(
      `  triggerEvent: ${JSON.stringify(t.trigger)};`,
      `  payload: ${name}Payload;`,
      "};",
      "",
    );
  }
  out.push(jsDoc(["Each typed trigger's delivery, keyed by trigger name."]));
  out.push("export interface CalWebhookEventMap {");
  for (const t of triggers) out.push(`  ${t.trigger}: ${triggerTypeName(t.trigger)}Event;`);
  out.push("}", "");
  out.push(jsDoc(["A trigger whose deliveries this package types and validates."]));
  out.push("export type KnownTrigger = keyof CalWebhookEventMap;", "");
  out.push(jsDoc(["Any typed delivery; switch on `triggerEvent` to narrow it."]));
  out.push("export type CalWebhookEvent = CalWebhookEventMap[KnownTrigger];", "");
  out.push(jsDoc(["The triggers whose deliveries this package types and validates, sorted."]));
  out.push(
    `export const knownTriggers = ${JSON.stringify(
      triggers.map((t) => t.trigger),
      null,
      2,
    )} as const satisfies readonly KnownTrigger[];`,
    "",
  );
  out.push(
    jsDoc([
      `Every trigger the webhooks API accepts in a subscription's \`triggers\`, in the API's order (${SUBSCRIPTION_TRIGGERS_POINTER.slice(1)}).`,
    ]),
  );
  out.push(
    `export const subscriptionTriggers = ${JSON.stringify(subscription, null, 2)} as const;`,
    "",
  );
  out.push(jsDoc(["A trigger name a webhook subscription accepts."]));
  out.push("export type SubscriptionTrigger = (typeof subscriptionTriggers)[number];", "");
  out.push(jsDoc(["One-line summary of each typed trigger, from the spec."]));
  out.push(
    `export const triggerSummaries: Readonly<Record<KnownTrigger, string>> = ${JSON.stringify(Object.fromEntries(triggers.map((t) => [t.trigger, t.summary])), null, 2)};`,
    "",
  );
  out.push(
    jsDoc([
      "The `$defs` entry of `webhookSchemas` that a delivery of each typed trigger must satisfy.",
    ]),
  );
  out.push(
    `export const eventSchemaNames: Readonly<Record<KnownTrigger, string>> = ${JSON.stringify(Object.fromEntries(triggers.map((t) => [t.trigger, t.schema])), null, 2)};`,
    "",
  );
  out.push(jsDoc(["The `$defs` entry every delivery must satisfy, whatever its trigger."]));
  out.push(`export const envelopeSchemaName = ${JSON.stringify(ENVELOPE_SCHEMA)};`, "");
  out.push(
    jsDoc([
      "The delivery schemas (JSON Schema 2020-12, references as `#/$defs/<name>`), for runtime validation.",
    ]),
  );
  out.push(
    `export const webhookSchemas: JsonSchemaBundle = ${JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: definitions }, null, 2)};`,
  );
  return out.join("\n");
}

export async function emitWebhooks(
  model: ApiModel,
  context: GeneratorContext,
): Promise<GeneratedFile[]> {
  const doc = model.document;
  if (!isObject(doc.webhooks) || !Object.keys(doc.webhooks).length) return [];
  const errors: SpecError[] = [];
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const triggers = readTriggers(doc, schemas, errors);
  const subscription = readSubscriptionTriggers(doc, errors);
  if (!(ENVELOPE_SCHEMA in schemas))
    errors.push(
      new SpecError(
        `/components/schemas/${ENVELOPE_SCHEMA}`,
        "missing: the schema every webhook delivery satisfies",
      ),
    );
  for (const t of triggers) {
    if (subscription.length && !subscription.includes(t.trigger)) {
      errors.push(
        new SpecError(
          `/webhooks/${t.trigger}`,
          `is not a trigger the webhooks API accepts (${SUBSCRIPTION_TRIGGERS_POINTER})`,
        ),
      );
    }
  }
  const roots = [
    ...(ENVELOPE_SCHEMA in schemas ? [ENVELOPE_SCHEMA] : []),
    ...triggers.map((t) => t.schema),
  ];
  const used = reachable(roots, schemas, errors);
  for (const name of used)
    checkKeywords(schemas[name], `/components/schemas/${escapeSegment(name)}`, errors);
  if (errors.length) throw new SpecErrors(errors);

  // openapi-typescript over the webhooks alone: their schemas, not the operations' ones.
  const document = {
    openapi: doc.openapi,
    info: doc.info,
    webhooks: doc.webhooks,
    components: { schemas: Object.fromEntries(used.map((name) => [name, schemas[name]])) },
  };
  const types = await openapiTypes(
    document,
    { alphabetize: true, exportType: false, emptyObjectsUnknown: true },
    context.cache,
  );
  const definitions = Object.fromEntries(used.map((name) => [name, toDefinition(schemas[name])]));
  return [
    tsFile(`${WEBHOOKS_DIR}/webhooks.schema.gen.ts`, context, types),
    tsFile(
      `${WEBHOOKS_DIR}/events.gen.ts`,
      context,
      eventsFile(triggers, subscription, definitions),
    ),
    emitGeneratedReadme(
      WEBHOOKS_DIR,
      context,
      "The types of the webhook deliveries (`webhooks.schema.gen.ts`, by openapi-typescript, from the spec's\n`webhooks` object) and, in `events.gen.ts`, one event type per trigger, the `CalWebhookEvent` union,\nthe trigger lists and the delivery schemas as JSON Schema data for runtime validation.",
    ),
  ];
}
