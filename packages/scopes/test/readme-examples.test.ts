/**
 * The README's helpers return what their comments say. That each README block is its file word
 * for word is scripts/test/readme-examples.test.ts.
 */
import { expect, it } from "vitest";
import * as example from "../examples/helpers.js";

it("the README's helpers return what their comments say", () => {
  expect(example.bookingReads).toEqual([
    "bookings.get",
    "bookings.list",
    "slots.deleteReservation",
    "slots.list",
    "slots.reserve",
    "slots.updateReservation",
  ]);
  expect(example.teamReads).toEqual(["teams.get", "teams.list"]);
  expect(example.mayCancel).toBe(false);
  expect(example.lacking).toBe("BOOKING_WRITE");
  expect(example.forSlots).toBeNull();
  expect(example.granted).toContain("ORG_USERS_READ");
  expect(example.teamsUpdate).toMatchObject({
    method: "patch",
    path: "/v2/teams/{teamId}",
    resource: "teams",
    access: "write",
    scope: "TEAM_WRITE",
    auth: "required",
    apiVersion: "2024-08-13",
    webhooks: [],
    destructive: false,
    idempotent: true,
    role: "team owner or admin",
    platform: false,
  });
  expect(example.operationCount).toBe(41);
});
