/**
 * @calkit/webhooks: verify, parse and handle Cal.com webhook deliveries, typed per trigger.
 * @example
 *   const webhooks = createWebhookHandler({ secret: process.env.CAL_WEBHOOK_SECRET! })
 *     .on("BOOKING_CREATED", (event) => console.log(event.payload.uid, event.payload.startTime));
 *   http.createServer(webhooks.node).listen(3000);
 */
export { describeEvent } from "./describe.js";
export type * from "./generated/events.gen.js";
export {
  envelopeSchemaName,
  eventSchemaNames,
  knownTriggers,
  subscriptionTriggers,
  triggerSummaries,
  webhookSchemas,
} from "./generated/events.gen.js";
export {
  createWebhookHandler,
  DEFAULT_MAX_BODY_BYTES,
  type DeliveryContext,
  type EventHandler,
  type HeaderSource,
  type NodeRequest,
  type NodeResponse,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookResponse,
} from "./handler.js";
export { type Deduplicator, idempotencyKey, memoryDeduplicator } from "./idempotency.js";
export {
  ANNOTATION_KEYWORDS,
  type JsonSchema,
  type JsonSchemaBundle,
  type SchemaProblem,
  SchemaValidator,
  VALIDATED_KEYWORDS,
} from "./json-schema.js";
export {
  isKnownTrigger,
  type KnownEvent,
  type ParsedEvent,
  parseEvent,
  parseEventJson,
  type UnknownEvent,
  WebhookParseError,
} from "./parse.js";
export {
  type DeliveryStore,
  freshnessProblem,
  MAX_CLOCK_SKEW_MS,
  memoryDeliveryStore,
} from "./replay.js";
export {
  NO_SECRET_PROVIDED,
  SIGNATURE_HEADER,
  signPayload,
  signPayloadSync,
  VERSION_HEADER,
  verifySignature,
  verifySignatureSync,
} from "./signature.js";
