/**
 * parseEvent against the spec's example deliveries, malformed ones, unknown triggers and Cal.com's
 * older unwrapped meeting deliveries; and the built-in validator against ajv (the validator
 * spec:lint uses) on the examples and on thousands of broken variants of them.
 */
import { describe, expect, it } from "vitest";
import { DocumentValidator } from "../../../scripts/spec-sync/examples";
import { loadSpec } from "../../../spec/src/index";
import {
  eventSchemaNames,
  knownTriggers,
  type ParsedEvent,
  parseEvent,
  parseEventJson,
  SchemaValidator,
  subscriptionTriggers,
  WebhookParseError,
  webhookSchemas,
} from "../src/index.js";
import { delivery, type Json, specDeliveries } from "./helpers";

const examples = specDeliveries();

function parseError(body: unknown): WebhookParseError {
  try {
    parseEvent(typeof body === "string" ? body : JSON.stringify(body));
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookParseError);
    return error as WebhookParseError;
  }
  throw new Error("parseEvent accepted the body");
}

describe("the spec's example deliveries", () => {
  it("cover exactly the typed triggers, all of which a subscription accepts", () => {
    expect(examples.map((e) => e.trigger).sort()).toEqual([...knownTriggers]);
    expect(knownTriggers).toHaveLength(12);
    for (const trigger of knownTriggers) expect(subscriptionTriggers).toContain(trigger);
  });

  it.each(examples.map((e) => [e.trigger, e.body] as const))(
    "%s parses as a known event, unchanged",
    (trigger, body) => {
      const event = parseEvent(JSON.stringify(body));
      expect(event.known).toBe(true);
      expect(event.triggerEvent).toBe(trigger);
      expect(event).toEqual({ ...body, known: true });
    },
  );

  it("parse from bytes as from text", () => {
    const body = delivery("BOOKING_CREATED");
    expect(parseEvent(new TextEncoder().encode(JSON.stringify(body)))).toEqual({
      ...body,
      known: true,
    });
  });
});

describe("forward compatibility", () => {
  it("returns a trigger this version does not type as unknown, envelope checked", () => {
    const body = {
      triggerEvent: "BOOKING_TELEPORTED",
      createdAt: "2026-12-01T15:00:00.000Z",
      payload: { uid: "fkZ3Ppsm8SFGRYxHZGGcnN", where: "Mars" },
    };
    const event: ParsedEvent = parseEvent(JSON.stringify(body));
    expect(event).toEqual({ ...body, known: false });
  });

  it("returns subscription triggers without a payload schema (e.g. INSTANT_MEETING) as unknown", () => {
    const event = parseEvent(
      JSON.stringify({
        triggerEvent: "INSTANT_MEETING",
        createdAt: "2026-12-01T15:00:00.000Z",
        payload: { uid: "x" },
      }),
    );
    expect(event.known).toBe(false);
  });

  it("keeps fields Cal.com adds later, in the payload and at the top level", () => {
    const body = delivery("BOOKING_CREATED", (b) => {
      (b.payload as Json).someNewField = { nested: true };
      b.extraTopLevel = 1;
    });
    expect(parseEvent(JSON.stringify(body))).toEqual({ ...body, known: true });
  });

  it.each(["MEETING_STARTED", "MEETING_ENDED"])(
    "accepts %s unwrapped, as older Cal.com versions send it",
    (trigger) => {
      const booking = delivery(trigger).payload as Json;
      const event = parseEvent(JSON.stringify({ triggerEvent: trigger, ...booking }));
      expect(event).toEqual({
        triggerEvent: trigger,
        createdAt: booking.createdAt,
        payload: booking,
        known: true,
      });
    },
  );
});

describe("rejections name the field at fault", () => {
  it.each([
    ["not JSON", "{", "(body)", "is not valid JSON"],
    ["a JSON array", "[]", "(body)", "must be a JSON object"],
    ["a JSON string", '"BOOKING_CREATED"', "(body)", "must be a JSON object"],
  ])("%s", (_case, body, field, reason) => {
    const error = parseError(body);
    expect(error.field).toBe(field);
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(`Invalid Cal.com webhook delivery: ${field} ${reason}.`);
  });

  it("bytes that are not UTF-8", () => {
    expect(() => parseEvent(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toThrow(
      /is not valid UTF-8/,
    );
  });

  it.each([
    ["triggerEvent", (b: Json) => delete b.triggerEvent, "triggerEvent", "is missing"],
    ["createdAt", (b: Json) => delete b.createdAt, "createdAt", "is missing"],
    ["payload", (b: Json) => delete b.payload, "payload", "is missing"],
    ["a payload that is a list", (b: Json) => (b.payload = []), "payload", "must be an object"],
    [
      "a lower-case trigger",
      (b: Json) => (b.triggerEvent = "booking_created"),
      "triggerEvent",
      "does not have the expected format",
    ],
    [
      "a numeric createdAt",
      (b: Json) => (b.createdAt = 1764582000),
      "createdAt",
      "must be a string",
    ],
  ])("an envelope without a valid %s", (_case, change, field, reason) => {
    const error = parseError(delivery("BOOKING_CREATED", change as (b: Json) => void));
    expect([error.field, error.reason]).toEqual([field, reason]);
  });

  it.each([
    ["BOOKING_CREATED", (p: Json) => delete p.uid, "payload.uid", "is missing"],
    [
      "BOOKING_CREATED",
      (p: Json) => ((p.organizer as Json).email = 7),
      "payload.organizer.email",
      "must be a string",
    ],
    [
      "BOOKING_CREATED",
      (p: Json) => (((p.attendees as Json[])[0] as Json).language = "en"),
      "payload.attendees[0].language",
      "must be an object",
    ],
    [
      "BOOKING_CREATED",
      (p: Json) => (p.location = 5),
      "payload.location",
      "must be a string or null",
    ],
    [
      "BOOKING_CREATED",
      (p: Json) => (p.responses = "none"),
      "payload.responses",
      "must be an object or null",
    ],
    [
      "BOOKING_CANCELLED",
      (p: Json) => (p.cancellationReason = ["no"]),
      "payload.cancellationReason",
      "must be a string or null",
    ],
    [
      "BOOKING_NO_SHOW_UPDATED",
      (p: Json) => (((p.attendees as Json[])[0] as Json).noShow = "yes"),
      "payload.attendees[0].noShow",
      "must be a boolean",
    ],
    ["BOOKING_PAID", (p: Json) => (p.paymentId = 5.5), "payload.paymentId", "must be an integer"],
    ["RECORDING_READY", (p: Json) => delete p.downloadLink, "payload.downloadLink", "is missing"],
    [
      "FORM_SUBMITTED",
      (p: Json) => ((p.responses as Json)["Team size"] = "11-50"),
      'payload.responses["Team size"]',
      "must be an object",
    ],
    [
      "OOO_CREATED",
      (p: Json) => ((p.oooEntry as Json).toUser = "Charles"),
      "payload.oooEntry.toUser",
      "must be null or an object",
    ],
    ["MEETING_ENDED", (p: Json) => delete p.startTime, "payload.startTime", "is missing"],
  ])("%s with a broken payload", (trigger, change, field, reason) => {
    const error = parseError(
      delivery(trigger, (b) => (change as (p: Json) => void)(b.payload as Json)),
    );
    expect([error.field, error.reason]).toEqual([field, reason]);
  });

  it("a delivery whose triggerEvent and payload disagree", () => {
    const error = parseError(
      delivery("BOOKING_NO_SHOW_UPDATED", (b) => (b.triggerEvent = "BOOKING_CREATED")),
    );
    expect(error.field).toBe("payload.type");
  });

  it("never quotes the offending value", () => {
    const error = parseError(
      delivery("BOOKING_CREATED", (b) => ((b.payload as Json).organizer = "ada@example.com")),
    );
    expect(error.message).not.toContain("ada@example.com");
  });

  it("parseEventJson rejects what is not an object", () => {
    expect(() => parseEventJson(null)).toThrow(WebhookParseError);
  });
});

describe("the built-in validator agrees with ajv", () => {
  const doc = loadSpec();
  const ajv = new DocumentValidator(doc);
  const ours = new SchemaValidator(webhookSchemas);
  const pointer = (trigger: string) =>
    `/webhooks/${trigger}/post/requestBody/content/application~1json/schema`;

  /** Every variant of `value` with one node (at any depth) replaced by a value of another type, or removed. */
  function* variants(value: unknown): Generator<unknown> {
    const swap = (v: unknown): unknown =>
      typeof v === "string"
        ? 42
        : typeof v === "number"
          ? "42"
          : typeof v === "boolean"
            ? "yes"
            : v === null
              ? 42
              : "x";
    yield swap(value);
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries())
        for (const v of variants(item)) yield value.map((x, j) => (j === i ? v : x));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const { [key]: _removed, ...rest } = value as Json;
        yield rest;
        for (const v of variants(item)) yield { ...(value as Json), [key]: v };
      }
    }
  }

  it("compiles every schema in the bundle (no unsupported keyword)", () => {
    for (const name of Object.keys(webhookSchemas.$defs))
      expect(() => ours.assertSupported(name)).not.toThrow();
  });

  it.each(examples.map((e) => [e.trigger, e.body] as const))(
    "on %s and every one-node change of it",
    (trigger, body) => {
      let checked = 0;
      let invalid = 0;
      for (const value of [body, ...variants(body)]) {
        const expected = ajv.validate(pointer(trigger), value).length === 0;
        const actual =
          ours.validate(eventSchemaNames[trigger as keyof typeof eventSchemaNames], value) === null;
        if (actual !== expected)
          throw new Error(
            `${trigger}: ajv says ${expected ? "valid" : "invalid"}, ours the opposite, for ${JSON.stringify(value)}`,
          );
        checked++;
        if (!expected) invalid++;
      }
      expect(checked).toBeGreaterThan(20);
      expect(invalid).toBeGreaterThan(5);
    },
  );
});
