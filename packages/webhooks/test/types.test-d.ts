/**
 * Type-level tests (vitest typecheck, `tsc` under tsconfig.test.json): subscriptions take only the
 * trigger names the API accepts, handlers receive the payload type of their trigger, and parsed
 * events narrow by `known` and `triggerEvent`. Nothing here runs.
 */
import { describe, expectTypeOf, it } from "vitest";
import { createCalClient, type WebhooksCreateArgs } from "../../client/src/index.js";
import type { components } from "../src/generated/webhooks.schema.gen.js";
import {
  type BookingCancelledPayload,
  type BookingCreatedEvent,
  type CalWebhookEvent,
  createWebhookHandler,
  type DeliveryContext,
  type KnownTrigger,
  knownTriggers,
  type ParsedEvent,
  parseEvent,
  type SubscriptionTrigger,
  subscriptionTriggers,
} from "../src/index.js";

const cal = createCalClient({ apiKey: "cal_types_only", baseUrl: "http://127.0.0.1:9" });
const webhooks = createWebhookHandler({ secret: "types-only" });

describe("subscriptions", () => {
  it("take only trigger names the webhooks API accepts", () => {
    const calls = () => {
      void cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        triggers: ["BOOKING_CREATED", "OOO_CREATED"],
      });
      void cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        triggers: [...subscriptionTriggers],
      });
      void cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        // @ts-expect-error BOOKING_EXPLODED is not a trigger
        triggers: ["BOOKING_EXPLODED"],
      });
      void cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        // @ts-expect-error trigger names are upper case
        triggers: ["booking_created"],
      });
    };
    void calls;
  });

  it("use the same trigger names as this package's subscriptionTriggers", () => {
    expectTypeOf<
      NonNullable<WebhooksCreateArgs["triggers"]>[number]
    >().toEqualTypeOf<SubscriptionTrigger>();
    expectTypeOf<KnownTrigger>().toExtend<SubscriptionTrigger>();
    expectTypeOf(knownTriggers).items.toEqualTypeOf<KnownTrigger>();
  });
});

describe("handlers", () => {
  it("receive the payload of their trigger", () => {
    webhooks.on("BOOKING_NO_SHOW_UPDATED", (event, context) => {
      expectTypeOf(event.triggerEvent).toEqualTypeOf<"BOOKING_NO_SHOW_UPDATED">();
      expectTypeOf(event.payload.attendees).toEqualTypeOf<{ email: string; noShow: boolean }[]>();
      expectTypeOf(event.payload.bookingUid).toEqualTypeOf<string>();
      expectTypeOf(event.payload.bookingId).toEqualTypeOf<number | undefined>();
      expectTypeOf(context).toEqualTypeOf<DeliveryContext>();
    });
    webhooks.on("BOOKING_CANCELLED", (event) => {
      expectTypeOf(event.payload.cancellationReason).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(event.payload.uid).toEqualTypeOf<string>();
      expectTypeOf(event.payload.organizer.timeZone).toEqualTypeOf<string>();
      expectTypeOf(event.payload.attendees[0]?.language.locale).toEqualTypeOf<string | undefined>();
      expectTypeOf(event.payload).toExtend<BookingCancelledPayload>();
      // @ts-expect-error a cancellation carries no rescheduleUid
      void event.payload.rescheduleUid;
    });
    webhooks.on("RECORDING_READY", (event) => {
      expectTypeOf(event.payload.downloadLink).toEqualTypeOf<string>();
      expectTypeOf(event.payload.uid).toEqualTypeOf<string | undefined>();
    });
    webhooks.on("OOO_CREATED", (event) => {
      expectTypeOf(event.payload.oooEntry.user.email).toEqualTypeOf<string>();
    });
    webhooks.on("FORM_SUBMITTED", (event) => {
      expectTypeOf(event.payload.formName).toEqualTypeOf<string>();
    });
  });

  it("exist only for typed triggers; onAny gets the rest", () => {
    // @ts-expect-error BOOKING_EXPLODED is not a typed trigger
    webhooks.on("BOOKING_EXPLODED", () => {});
    // @ts-expect-error INSTANT_MEETING can be subscribed to but is not typed: use onAny
    webhooks.on("INSTANT_MEETING", () => {});
    webhooks.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<ParsedEvent>();
    });
  });

  it("are at least as precise as openapi-typescript's types of the spec", () => {
    expectTypeOf<BookingCreatedEvent>().toExtend<
      components["schemas"]["CalWebhookBookingCreatedEvent"]
    >();
    expectTypeOf<CalWebhookEvent>().toExtend<components["schemas"]["CalWebhookEnvelope"]>();
  });

  it("chain", () => {
    expectTypeOf(webhooks.on("BOOKING_CREATED", () => {}).onAny(() => {})).toEqualTypeOf(webhooks);
  });
});

describe("parseEvent", () => {
  it("narrows by known, then by triggerEvent", () => {
    const event = parseEvent("{}");
    expectTypeOf(event.triggerEvent).toEqualTypeOf<string>();
    if (event.known) {
      expectTypeOf(event).toExtend<CalWebhookEvent>();
      switch (event.triggerEvent) {
        case "BOOKING_CREATED":
          expectTypeOf(event).toExtend<BookingCreatedEvent>();
          expectTypeOf(event.payload.startTime).toEqualTypeOf<string>();
          break;
        case "MEETING_ENDED":
          expectTypeOf(event.payload.id).toEqualTypeOf<number>();
          break;
      }
    } else {
      expectTypeOf(event.payload).toEqualTypeOf<Record<string, unknown>>();
    }
  });
});
