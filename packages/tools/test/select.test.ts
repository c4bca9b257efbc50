/** selectTools: only the tools a caller may use, by API key, OAuth scopes or no credentials. */

import { OPERATION_COUNT } from "@calkit/client";
import { UnknownScopeError } from "@calkit/scopes";
import { describe, expect, it } from "vitest";
import { selectTools, ToolSelectionError, toolDefinitions } from "../src/index.js";

const names = (options: Parameters<typeof selectTools>[0]) =>
  selectTools(options).map((t) => t.name);

describe("selectTools by grant", () => {
  it("an API key gets all tools, in the generated order", () => {
    expect(selectTools({ apiKey: true })).toEqual(toolDefinitions);
    expect(selectTools({ apiKey: true })).toHaveLength(OPERATION_COUNT);
  });

  it.each<[string, string[], string[]]>([
    [
      "BOOKING_READ",
      ["BOOKING_READ"],
      [
        "cal_bookings_get",
        "cal_bookings_list",
        "cal_slots_delete_reservation",
        "cal_slots_list",
        "cal_slots_reserve",
        "cal_slots_update_reservation",
      ],
    ],
    [
      "BOOKING_READ + BOOKING_WRITE + EVENT_TYPE_READ",
      ["BOOKING_READ", "BOOKING_WRITE", "EVENT_TYPE_READ"],
      [
        "cal_bookings_cancel",
        "cal_bookings_confirm",
        "cal_bookings_create",
        "cal_bookings_decline",
        "cal_bookings_get",
        "cal_bookings_list",
        "cal_bookings_mark_absent",
        "cal_bookings_reschedule",
        "cal_event_types_get",
        "cal_event_types_list",
        "cal_slots_delete_reservation",
        "cal_slots_list",
        "cal_slots_reserve",
        "cal_slots_update_reservation",
      ],
    ],
    [
      "APPS_READ",
      ["APPS_READ"],
      [
        "cal_calendars_busy_times",
        "cal_calendars_connect",
        "cal_calendars_list",
        "cal_slots_delete_reservation",
        "cal_slots_list",
        "cal_slots_reserve",
        "cal_slots_update_reservation",
      ],
    ],
    [
      "ORG_USERS_READ (implies no TEAM_ scope that exists)",
      ["ORG_USERS_READ"],
      [
        "cal_org_users_list",
        "cal_slots_delete_reservation",
        "cal_slots_list",
        "cal_slots_reserve",
        "cal_slots_update_reservation",
      ],
    ],
    [
      "no scopes at all",
      [],
      [
        "cal_slots_delete_reservation",
        "cal_slots_list",
        "cal_slots_reserve",
        "cal_slots_update_reservation",
      ],
    ],
  ])("OAuth scopes %s", (_label, scopes, expected) => {
    expect(names({ scopes })).toEqual(expected);
  });

  it("all 16 scopes give all tools", () => {
    const scopes = [
      ...new Set(toolDefinitions.map((t) => t.scope).filter((s): s is string => s !== null)),
    ];
    expect(scopes).toHaveLength(16);
    expect(selectTools({ scopes })).toHaveLength(OPERATION_COUNT);
  });

  it("no credentials: only the tools needing no auth or optional auth (slots, public booking pages)", () => {
    expect(names({})).toEqual([
      "cal_bookings_cancel",
      "cal_bookings_create",
      "cal_bookings_get",
      "cal_bookings_reschedule",
      "cal_event_types_list",
      "cal_slots_delete_reservation",
      "cal_slots_list",
      "cal_slots_reserve",
      "cal_slots_update_reservation",
    ]);
    expect(names(undefined)).toEqual(names({}));
    for (const tool of selectTools({})) expect(tool.auth).not.toBe("required");
  });
});

describe("filters", () => {
  it("access read: the 15 read-only tools; write: the 26 others", () => {
    const reads = selectTools({ apiKey: true, access: "read" });
    expect(reads).toHaveLength(15);
    for (const tool of reads) expect(tool.annotations.readOnlyHint).toBe(true);
    expect(selectTools({ apiKey: true, access: "write" })).toHaveLength(26);
  });

  it("a read-only OAuth selection", () => {
    expect(
      names({ scopes: ["BOOKING_READ", "BOOKING_WRITE", "EVENT_TYPE_READ"], access: "read" }),
    ).toEqual([
      "cal_bookings_get",
      "cal_bookings_list",
      "cal_event_types_get",
      "cal_event_types_list",
      "cal_slots_list",
    ]);
    expect(names({ access: "read" })).toEqual([
      "cal_bookings_get",
      "cal_event_types_list",
      "cal_slots_list",
    ]);
  });

  it("resources narrow to those families", () => {
    expect(names({ apiKey: true, resources: ["teams"] })).toEqual([
      "cal_teams_create",
      "cal_teams_delete",
      "cal_teams_get",
      "cal_teams_list",
      "cal_teams_update",
    ]);
    expect(names({ apiKey: true, resources: ["me", "slots"], access: "read" })).toEqual([
      "cal_me_get",
      "cal_slots_list",
    ]);
    expect(names({ scopes: ["BOOKING_READ"], resources: ["eventTypes"] })).toEqual([]);
  });

  it("ids take operation ids or tool names, and are intersected with what the grant allows", () => {
    expect(names({ apiKey: true, ids: ["bookings.list", "cal_slots_list"] })).toEqual([
      "cal_bookings_list",
      "cal_slots_list",
    ]);
    expect(names({ scopes: ["BOOKING_READ"], ids: ["bookings.list", "bookings.cancel"] })).toEqual([
      "cal_bookings_list",
    ]);
  });
});

describe("errors", () => {
  it("an unknown scope throws UnknownScopeError from @calkit/scopes, naming it", () => {
    expect(() => selectTools({ scopes: ["BOOKINGS_READ"] })).toThrow(UnknownScopeError);
    expect(() => selectTools({ scopes: ["BOOKING_READ", "ADMIN"] })).toThrow(/ADMIN/);
  });

  it("an unknown resource throws, suggesting the right one and listing the known ones", () => {
    expect(() => selectTools({ apiKey: true, resources: ["booking"] })).toThrow(ToolSelectionError);
    expect(() => selectTools({ apiKey: true, resources: ["booking"] })).toThrow(
      /"booking" \(did you mean "bookings"\?\).*Known resources: bookings, calendars, eventTypes/,
    );
  });

  it("an unknown id throws, suggesting close ones", () => {
    expect(() => selectTools({ apiKey: true, ids: ["bookings.lists"] })).toThrow(
      /"bookings\.lists" \(did you mean "bookings\.list"/,
    );
    expect(() => selectTools({ apiKey: true, ids: ["nothing_like_it_at_all"] })).toThrow(
      ToolSelectionError,
    );
  });

  it("contradictory or malformed options throw", () => {
    expect(() => selectTools({ apiKey: true, scopes: [] } as never)).toThrow(/either/);
    expect(() => selectTools({ access: "admin" } as never)).toThrow(/"read" or "write"/);
    expect(() => selectTools({ scopes: "BOOKING_READ" } as never)).toThrow(/array/);
    expect(() => selectTools({ apiKey: false } as never)).toThrow(ToolSelectionError);
  });

  it("returns a fresh array each time", () => {
    const a = selectTools({ apiKey: true });
    a.pop();
    expect(selectTools({ apiKey: true })).toHaveLength(OPERATION_COUNT);
  });
});
