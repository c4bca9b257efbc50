/**
 * The guard's own edges (issue 17): no way around it through `raw`, what is sent is exactly what
 * was decided, every occurrence of a recurring booking is checked, an event type named both by id
 * and by slug is refused, and a path id such as `.` never makes the lookup read another endpoint.
 */
import { createCalClient } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import { type AuditRecord, callbackSink, createAuditLog } from "../src/audit";
import { createGuard, PolicyDeniedError } from "../src/guard";
import type { PolicyFile } from "../src/policy";

const policy: PolicyFile = {
  version: 1,
  agents: {
    scheduler: {
      resources: { bookings: "full", slots: "full", eventTypes: "read" },
      constraints: { eventTypeIds: [42], minNoticeHoursToCancel: 24 },
    },
  },
};
const now = new Date("2026-11-20T10:00:00Z");
const occurrence = (start: string, eventTypeId = 42) => ({
  uid: `uid-${start}`,
  start,
  eventTypeId,
  status: "accepted",
});

function setup(
  answer: (request: Request) => Response = () => success(occurrence("2026-12-01T15:00:00Z")),
) {
  const fetch = countingFetch(answer);
  const records: AuditRecord[] = [];
  const client = createCalClient({ apiKey: "cal_test_guard_edges_0123", fetch, maxRetries: 0 });
  const guard = createGuard({
    policy,
    agent: "scheduler",
    client,
    audit: createAuditLog(callbackSink((r) => records.push(r))),
    now: () => now,
  });
  return { guard, fetch, records };
}

const slots = { start: "2026-12-01", end: "2026-12-02" };

describe("the guard's edges", () => {
  it("the guarded client has no raw client to go around the policy", () => {
    const { guard } = setup();
    expect("raw" in guard.client).toBe(false);
    expect((guard.client as unknown as { raw?: unknown }).raw).toBeUndefined();
  });

  it("sends exactly the arguments it decided on, even when a getter changes its answer", async () => {
    for (const via of ["client", "execute"] as const) {
      const { guard, fetch } = setup(() => success([]));
      let reads = 0;
      const args = {
        ...slots,
        get eventTypeId() {
          reads++;
          return reads === 1 ? 42 : 7; // 42 when decided on, 7 when sent
        },
      };
      const result =
        via === "client"
          ? await guard.client.slots.list(args as never)
          : await guard.execute("cal_slots_list", args);
      expect(result).toBeDefined();
      expect(fetch.requests).toHaveLength(1);
      expect(new URL((fetch.requests[0] as Request).url).searchParams.get("eventTypeId")).toBe(
        "42",
      );
    }
  });

  it("checks every occurrence of a recurring booking a cancel touches", async () => {
    const series = [
      occurrence("2026-12-01T15:00:00Z"),
      occurrence("2026-12-08T15:00:00Z", 7), // another event type
    ];
    const { guard, fetch } = setup((req) => (req.method === "GET" ? success(series) : success({})));
    const result = await guard.execute("cal_bookings_cancel", { bookingUid: "recurring-1" });
    expect(result).toMatchObject({ ok: false, error: { kind: "not_allowed" } });
    expect(!result.ok && result.error.message).toMatch(/event type \(7\) is not one of/);
    expect(fetch.requests.map((r) => r.method)).toEqual(["GET"]);

    const soon = [occurrence("2026-12-01T15:00:00Z"), occurrence("2026-11-20T12:00:00Z")];
    const late = setup((req) => (req.method === "GET" ? success(soon) : success({})));
    const moved = await late.guard.execute("cal_bookings_cancel", { bookingUid: "recurring-2" });
    expect(!moved.ok && moved.error.message).toMatch(/starts in 2 hours/);
    expect(late.fetch.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("refuses an event type given by id together with a slug or a username", async () => {
    const { guard, fetch } = setup();
    const mixes = [
      ["cal_slots_list", { ...slots, eventTypeId: 42, eventTypeSlug: "other", username: "bob" }],
      [
        "cal_bookings_create",
        {
          eventTypeId: 42,
          eventTypeSlug: "secret-meeting",
          username: "ceo",
          start: "2026-12-01T15:00:00Z",
          attendee: { name: "A", email: "a@example.com", timeZone: "UTC" },
        },
      ],
    ] as const;
    for (const [name, args] of mixes) {
      const result = await guard.execute(name, args);
      expect(result, name).toMatchObject({ ok: false, error: { kind: "not_allowed" } });
      expect(!result.ok && result.error.message).toMatch(/by id alone, without eventTypeSlug/);
    }
    await expect(
      guard.client.slots.list({ ...slots, eventTypeId: 42, eventTypeSlug: "other" } as never),
    ).rejects.toBeInstanceOf(PolicyDeniedError);
    expect(fetch.requests).toHaveLength(0);
  });

  it("a `.` booking uid is never looked up as the list, nor judged by its first item", async () => {
    const { guard, fetch } = setup(() => success([occurrence("2026-12-01T15:00:00Z")]));
    const result = await guard.execute("cal_bookings_cancel", { bookingUid: "." });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "invalid_arguments", field: "bookingUid" },
    });
    const direct = await guard.client.bookings.cancel({ bookingUid: "." }).catch((e) => e);
    expect(direct).toBeInstanceOf(PolicyDeniedError);
    expect(fetch.requests).toHaveLength(0);
  });
});
