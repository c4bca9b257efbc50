/**
 * Type-level tests of the public API (run by vitest's typecheck, `tsc` under tsconfig.test.json):
 * wrong argument shapes must not compile, results must carry the spec's types. Nothing here runs;
 * the client points at an unroutable URL and every call sits inside a function that is never called.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type BookingsCreateArgs,
  type BookingsGetResult,
  type BookingsListItem,
  type BookingsListResult,
  type CalApiError,
  type CalClient,
  type CallOptions,
  createCalClient,
  type MeGetResult,
  type PaginationMeta,
  type RateLimitedError,
  type RateLimitListener,
  type SchedulesDeleteResult,
  type WebhooksCreateArgs,
} from "../src/index.js";

const cal = createCalClient({ apiKey: "cal_types_only", baseUrl: "http://127.0.0.1:9" });

const attendee = {
  name: "Grace Hopper",
  email: "grace@example.com",
  timeZone: "America/New_York",
  language: "en",
} as const;

/** A booking, whichever single-booking variant bookings.get returned (the array variants are series). */
type OneBooking = Exclude<BookingsGetResult, readonly unknown[]>;

describe("arguments", () => {
  it("path parameters are required", () => {
    const calls = () => {
      void cal.bookings.get({ bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" });
      // @ts-expect-error bookingUid is missing
      void cal.bookings.get({});
      // @ts-expect-error bookings.get has no optional arguments object
      void cal.bookings.get();
      void cal.orgUsers.update({ orgId: 3, userId: 12, timeZone: "Europe/London" });
      // @ts-expect-error userId is missing
      void cal.orgUsers.update({ orgId: 3, timeZone: "Europe/London" });
    };
    expectTypeOf(calls).toBeFunction();
  });

  it("eventTypeId is a number", () => {
    const calls = () => {
      void cal.eventTypes.get({ eventTypeId: 42 });
      // @ts-expect-error eventTypeId is numeric, not a string
      void cal.eventTypes.get({ eventTypeId: "42" });
      void cal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
      // @ts-expect-error slots.list takes eventTypeId as a number too
      void cal.slots.list({ eventTypeId: "42", start: "2026-12-01", end: "2026-12-02" });
    };
    expectTypeOf<
      Parameters<CalClient["eventTypes"]["get"]>[0]["eventTypeId"]
    >().toEqualTypeOf<number>();
    expectTypeOf(calls).toBeFunction();
  });

  it("bookings.list status takes only the known states", () => {
    const calls = () => {
      void cal.bookings.list({ status: ["upcoming", "past", "unconfirmed"] });
      // @ts-expect-error "archived" is not a booking state
      void cal.bookings.list({ status: ["archived"] });
      // @ts-expect-error status is an array, not a string
      void cal.bookings.list({ status: "upcoming" });
      // @ts-expect-error sortStart is asc or desc
      void cal.bookings.list({ sortStart: "newest" });
    };
    expectTypeOf(calls).toBeFunction();
  });

  it("bookings.create needs start and attendee", () => {
    const calls = () => {
      void cal.bookings.create({ start: "2026-12-01T15:00:00Z", eventTypeId: 42, attendee });
      // @ts-expect-error start is missing
      void cal.bookings.create({ eventTypeId: 42, attendee });
      // @ts-expect-error attendee is missing
      void cal.bookings.create({ start: "2026-12-01T15:00:00Z", eventTypeId: 42 });
    };
    expectTypeOf<BookingsCreateArgs>().toHaveProperty("start").toEqualTypeOf<string>();
    expectTypeOf(calls).toBeFunction();
  });

  it("webhooks.create needs triggers as an array of known trigger names", () => {
    const calls = () => {
      void cal.webhooks.create({
        active: true,
        subscriberUrl: "https://example.com/hooks/cal",
        triggers: ["BOOKING_CREATED", "BOOKING_CANCELLED"],
      });
      // @ts-expect-error triggers is missing
      void cal.webhooks.create({ active: true, subscriberUrl: "https://example.com/hooks/cal" });
      void cal.webhooks.create({
        active: true,
        subscriberUrl: "https://example.com/hooks/cal",
        // @ts-expect-error a single name is not an array
        triggers: "BOOKING_CREATED",
      });
      void cal.webhooks.create({
        active: true,
        subscriberUrl: "https://example.com/hooks/cal",
        // @ts-expect-error not a trigger name
        triggers: ["BOOKING_EXPLODED"],
      });
    };
    type Trigger = WebhooksCreateArgs["triggers"][number];
    expectTypeOf<"BOOKING_CREATED">().toExtend<Trigger>();
    expectTypeOf<"OOO_CREATED">().toExtend<Trigger>();
    expectTypeOf<string>().not.toExtend<Trigger>();
    expectTypeOf(calls).toBeFunction();
  });

  it("call options are typed", () => {
    expectTypeOf<CallOptions>().toEqualTypeOf<{
      signal?: AbortSignal;
      timeoutMs?: number;
      maxRetries?: number;
      headers?: Record<string, string>;
      onRateLimit?: RateLimitListener;
    }>();
    const calls = () => {
      void cal.me.get({}, { signal: AbortSignal.timeout(5_000), maxRetries: 0 });
      // @ts-expect-error timeoutMs is a number of milliseconds
      void cal.me.get({}, { timeoutMs: "5s" });
    };
    expectTypeOf(calls).toBeFunction();
  });

  it("free-form objects (bookingFieldsResponses, metadata) take any keys", () => {
    const calls = () => {
      // The spec's own bookings.create example.
      void cal.bookings.create({
        start: "2026-12-01T15:00:00Z",
        eventTypeId: 42,
        attendee,
        guests: ["charles@example.com"],
        bookingFieldsResponses: { notes: "Agenda attached." },
        metadata: { source: "calkit" },
      });
    };
    expectTypeOf<NonNullable<BookingsCreateArgs["metadata"]>>().toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf(calls).toBeFunction();
  });

  // A field with a server-side default stays optional (openapi-typescript's defaultNonNullable
  // is off): attendee.language, a one-field PATCH, teams.create with only its name.
  it("body fields with a default are optional", () => {
    const calls = () => {
      void cal.bookings.create({
        start: "2026-12-01T15:00:00Z",
        eventTypeId: 42,
        attendee: {
          name: "Grace Hopper",
          email: "grace@example.com",
          timeZone: "America/New_York",
        },
      });
      void cal.eventTypes.update({ eventTypeId: 42, title: "Intro call" });
      void cal.teams.create({ name: "Acme" });
    };
    expectTypeOf(calls).toBeFunction();
  });
});

describe("results", () => {
  it("operations resolve with the envelope's data", () => {
    expectTypeOf(cal.bookings.get).returns.resolves.toEqualTypeOf<BookingsGetResult>();
    expectTypeOf<OneBooking["uid"]>().toEqualTypeOf<string>();
    expectTypeOf<OneBooking["status"]>().toEqualTypeOf<
      "cancelled" | "accepted" | "rejected" | "pending"
    >();
    expectTypeOf(cal.me.get).returns.resolves.toEqualTypeOf<MeGetResult>();
    expectTypeOf<MeGetResult["email"]>().toEqualTypeOf<string>();
    expectTypeOf<MeGetResult["organizationId"]>().toEqualTypeOf<number | null>();
    expectTypeOf(cal.schedules.delete).returns.resolves.toEqualTypeOf<SchedulesDeleteResult>();
    expectTypeOf<SchedulesDeleteResult>().toBeVoid();
  });

  it("bookings.list resolves with data and pagination", () => {
    expectTypeOf(cal.bookings.list).returns.resolves.toEqualTypeOf<BookingsListResult>();
    expectTypeOf<BookingsListResult["data"]>().toEqualTypeOf<BookingsListItem[]>();
    expectTypeOf<BookingsListResult>().toHaveProperty("pagination");
    // Page counts (offset paging) or a cursor (cal-api-version 2026-05-01).
    type Pagination = NonNullable<BookingsListResult["pagination"]>;
    expectTypeOf<
      Extract<Pagination, { hasNextPage: boolean }>["totalItems"]
    >().toEqualTypeOf<number>();
    expectTypeOf<Extract<Pagination, { hasMore: boolean }>["nextCursor"]>().toEqualTypeOf<
      string | null | undefined
    >();
    expectTypeOf<PaginationMeta>().toHaveProperty("totalItems");
  });

  it(".all() yields list items", () => {
    expectTypeOf(cal.bookings.list.all).returns.toEqualTypeOf<AsyncIterable<BookingsListItem>>();
    expectTypeOf<BookingsListItem["uid"]>().toEqualTypeOf<string>();
    const loop = async () => {
      for await (const booking of cal.bookings.list.all({ status: ["upcoming"] })) {
        expectTypeOf(booking).toEqualTypeOf<BookingsListItem>();
        expectTypeOf(booking.start).toEqualTypeOf<string>();
      }
      for await (const hook of cal.webhooks.list.all()) {
        expectTypeOf(hook.subscriberUrl).toEqualTypeOf<string>();
      }
    };
    expectTypeOf(loop).toBeFunction();
    // Only take/skip lists have .all().
    expectTypeOf(cal.teams.list).not.toHaveProperty("all");
  });

  it("errors carry status, code and operationId", () => {
    expectTypeOf<CalApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<CalApiError["code"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CalApiError["operationId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RateLimitedError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RateLimitedError>().toExtend<CalApiError>();
  });
});

describe("cal.raw", () => {
  it("is openapi-fetch typed with the spec's paths", () => {
    const calls = async () => {
      const { data, error } = await cal.raw.GET("/v2/me", {
        params: { header: { "cal-api-version": "2024-08-13" } },
        headers: { authorization: "Bearer cal_types_only" },
      });
      if (data) {
        expectTypeOf(data.status).toEqualTypeOf<"success" | "error">();
        expectTypeOf(data.data).toEqualTypeOf<MeGetResult>();
      }
      if (error) expectTypeOf(error.error.code).toEqualTypeOf<string>();
      // @ts-expect-error not a path of the spec
      void cal.raw.GET("/v2/nope");
      // @ts-expect-error the spec makes cal-api-version a required header
      void cal.raw.GET("/v2/me", {});
      await cal.raw.GET("/v2/bookings/{bookingUid}", {
        params: {
          path: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
          header: { "cal-api-version": "2026-02-25" },
        },
      });
    };
    expectTypeOf(calls).toBeFunction();
  });
});
