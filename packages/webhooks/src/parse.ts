/**
 * parseEvent: the JSON of a delivery, checked against the envelope and, for the triggers this
 * package types, against that trigger's payload schema (from the spec). Deliveries of triggers it
 * does not type are returned as unknown events rather than rejected, so a new Cal.com trigger
 * never breaks a receiver. Verify the signature first: parse only what Cal.com sent.
 */
import { decodeUtf8 } from "./bytes.js";
import {
  type CalWebhookEnvelope,
  type CalWebhookEvent,
  type CalWebhookEventMap,
  envelopeSchemaName,
  eventSchemaNames,
  type KnownTrigger,
  knownTriggers,
  webhookSchemas,
} from "./generated/events.gen.js";
import { SchemaValidator } from "./json-schema.js";

/** A delivery this package could not accept; `field` says where (never what the value was). */
export class WebhookParseError extends Error {
  constructor(
    /** Path of the offending part, e.g. `payload.attendees[0].email`; `(body)` for the whole body. */
    readonly field: string,
    /** What is wrong with it, e.g. `must be a string`. */
    readonly reason: string,
  ) {
    super(`Invalid Cal.com webhook delivery: ${field} ${reason}.`);
    this.name = "WebhookParseError";
  }
}

/** A delivery of a typed trigger, validated against its schema. */
export type KnownEvent<T extends KnownTrigger = KnownTrigger> = CalWebhookEventMap[T] & {
  readonly known: true;
};

/** A delivery of a trigger this version does not type: only the envelope was checked. */
export type UnknownEvent = CalWebhookEnvelope & { readonly known: false };

/** What parseEvent returns: test `known` (or `triggerEvent` after it) to narrow. */
export type ParsedEvent = (CalWebhookEvent & { readonly known: true }) | UnknownEvent;

const validator = new SchemaValidator(webhookSchemas);
const known = new Set<string>(knownTriggers);
/** Triggers that older Cal.com versions deliver as the booking's own fields, without `payload`. */
const FLAT_TRIGGERS = new Set(["MEETING_STARTED", "MEETING_ENDED"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isKnownTrigger(trigger: string): trigger is KnownTrigger {
  return known.has(trigger);
}

/**
 * MEETING_STARTED / MEETING_ENDED scheduled by older Cal.com versions arrive as
 * `{ triggerEvent, ...booking }`; this rewrites them to the envelope (the booking's own `createdAt`
 * then stands in for the delivery time, as nothing better is sent).
 */
function normalize(body: Record<string, unknown>): Record<string, unknown> {
  if (
    typeof body.triggerEvent !== "string" ||
    !FLAT_TRIGGERS.has(body.triggerEvent) ||
    "payload" in body
  )
    return body;
  const { triggerEvent, ...booking } = body;
  return { triggerEvent, createdAt: booking.createdAt, payload: booking };
}

/** Checks the parsed JSON of a delivery; see parseEvent. */
export function parseEventJson(body: unknown): ParsedEvent {
  if (!isObject(body)) throw new WebhookParseError("(body)", "must be a JSON object");
  const event = normalize(body);
  const envelope = validator.validate(envelopeSchemaName, event);
  if (envelope) throw new WebhookParseError(envelope.path || "(body)", envelope.message);
  const trigger = event.triggerEvent as string;
  if (!isKnownTrigger(trigger)) return { ...(event as CalWebhookEnvelope), known: false };
  const problem = validator.validate(eventSchemaNames[trigger], event);
  if (problem) throw new WebhookParseError(problem.path || "(body)", problem.message);
  return { ...(event as CalWebhookEvent), known: true };
}

/**
 * Parses and validates a delivery's raw body (bytes as received, or their UTF-8 string).
 * Throws WebhookParseError naming the field at fault: not UTF-8, not JSON, no valid envelope
 * (`triggerEvent`, `createdAt`, `payload`), or a typed trigger whose payload breaks its schema.
 */
export function parseEvent(rawBody: string | Uint8Array): ParsedEvent {
  let text: string;
  if (typeof rawBody === "string") text = rawBody;
  else {
    try {
      text = decodeUtf8(rawBody);
    } catch {
      throw new WebhookParseError("(body)", "is not valid UTF-8");
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookParseError("(body)", "is not valid JSON");
  }
  return parseEventJson(json);
}
