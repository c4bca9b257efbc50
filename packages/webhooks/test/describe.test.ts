/**
 * describeEvent: one plain-English sentence per delivery, for audit logs. Checked on the spec's
 * example of every trigger, and on hostile or incomplete payloads.
 */
import { describe, expect, it } from "vitest";
import { describeEvent, parseEvent } from "../src/index.js";
import { delivery, type Json } from "./helpers";

const sentenceOf = (trigger: string, change?: (payload: Json) => void) =>
  describeEvent(parseEvent(JSON.stringify(delivery(trigger, (b) => change?.(b.payload as Json)))));

describe("describeEvent on the spec's examples", () => {
  it.each([
    [
      "BOOKING_CREATED",
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was booked by Grace Hopper with Ada Lovelace.",
    ],
    [
      "BOOKING_REQUESTED",
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was requested by Grace Hopper and awaits Ada Lovelace's confirmation.",
    ],
    [
      "BOOKING_RESCHEDULED",
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was rescheduled to 2026-12-02 16:00 UTC as booking 9sJwK2bq4TnVxYp6ZcRdLm.",
    ],
    [
      "BOOKING_CANCELLED",
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was cancelled: The host is unavailable that day.",
    ],
    [
      "BOOKING_REJECTED",
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was declined by the host: The requested time is reserved for internal meetings.",
    ],
    [
      "BOOKING_PAID",
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was paid (payment 512).",
    ],
    [
      "BOOKING_NO_SHOW_UPDATED",
      "Cal.com reported attendance changes for booking fkZ3Ppsm8SFGRYxHZGGcnN: grace@example.com marked absent.",
    ],
    [
      "MEETING_STARTED",
      "Cal.com reported the meeting of booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting between Ada Lovelace and Grace Hopper, 2026-12-01 15:00 UTC) started.",
    ],
    [
      "MEETING_ENDED",
      "Cal.com reported the meeting of booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting between Ada Lovelace and Grace Hopper, 2026-12-01 15:00 UTC) ended.",
    ],
    [
      "RECORDING_READY",
      "Cal.com reported a recording of booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting between Ada Lovelace and Grace Hopper, 2026-12-01 15:00 UTC) is ready to download.",
    ],
    [
      "FORM_SUBMITTED",
      'Cal.com reported routing form "Project enquiry" (3f2b8a1c-6d4e-4f7a-9b0c-2e5d7a9c1b3f) was submitted.',
    ],
    [
      "OOO_CREATED",
      "Cal.com reported Ada Lovelace is out of office from 2026-12-24 00:00 UTC to 2026-12-31 23:59 UTC, forwarding bookings to Charles Babbage.",
    ],
  ])("%s", (trigger, expected) => {
    expect(sentenceOf(trigger)).toBe(expected);
  });
});

describe("describeEvent keeps the sentence safe", () => {
  it("never includes a recording's download link (it carries an access token)", () => {
    expect(sentenceOf("RECORDING_READY")).not.toContain("token");
  });

  it("never includes routing-form answers", () => {
    expect(sentenceOf("FORM_SUBMITTED")).not.toContain("grace@example.com");
  });

  it("flattens and shortens text from the payload", () => {
    const sentence = sentenceOf("BOOKING_CANCELLED", (p) => {
      p.cancellationReason = `Line one\nINFO forged audit line\r\n\u0007${"very ".repeat(100)}long`;
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point.
    expect(sentence).not.toMatch(/[\r\n\u0007]/);
    expect(sentence).toContain(": Line one INFO forged audit line very very");
    expect(sentence.length).toBeLessThan(320);
    expect(sentence.endsWith("….")).toBe(false);
    expect(sentence.endsWith("…")).toBe(true);
  });

  it("copes with optional fields being absent", () => {
    expect(
      sentenceOf("BOOKING_CANCELLED", (p) => {
        delete p.eventTitle;
        delete p.cancellationReason;
      }),
    ).toBe(
      "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting between Ada Lovelace and Grace Hopper, 2026-12-01 15:00 UTC) was cancelled.",
    );
    expect(sentenceOf("BOOKING_RESCHEDULED", (p) => delete p.rescheduleUid)).toBe(
      "Cal.com reported booking 9sJwK2bq4TnVxYp6ZcRdLm (30 Minute Meeting, 2026-12-02 16:00 UTC) was rescheduled.",
    );
    expect(sentenceOf("OOO_CREATED", (p) => ((p.oooEntry as Json).toUser = null))).toBe(
      "Cal.com reported Ada Lovelace is out of office from 2026-12-24 00:00 UTC to 2026-12-31 23:59 UTC.",
    );
  });

  it("describes a trigger it does not type", () => {
    const event = parseEvent(
      JSON.stringify({
        triggerEvent: "BOOKING_TELEPORTED",
        createdAt: "2026-12-01T15:00:00Z",
        payload: { uid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      }),
    );
    expect(describeEvent(event)).toBe(
      "Cal.com reported a BOOKING_TELEPORTED event about booking fkZ3Ppsm8SFGRYxHZGGcnN, which this version of @calkit/webhooks does not type.",
    );
  });
});
