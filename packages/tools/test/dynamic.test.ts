/** Dynamic mode: search, describe and call meta-tools over a selection. */
import { createCalClient } from "@calkit/client";
import { describe, expect, inject, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import {
  CALL_OPERATION,
  createDynamicTools,
  DESCRIBE_OPERATION,
  fromOpenAIArguments,
  SEARCH_OPERATIONS,
  selectTools,
  type ToolCallResult,
  toAnthropicTools,
  toGeminiTool,
  toMcpTools,
  toOpenAITools,
  toolDefinitions,
} from "../src/index.js";

const all = createDynamicTools();
const readOnly = createDynamicTools(selectTools({ apiKey: true, access: "read" }));

// biome-ignore lint/suspicious/noExplicitAny: test data is read field by field.
function dataOf(result: ToolCallResult): any {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data;
}

function errorOf(result: ToolCallResult) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.error;
}

const search = (tools: typeof all, args: unknown) => tools.handle(SEARCH_OPERATIONS, args);
const names = async (tools: typeof all, args: unknown) =>
  (dataOf(await search(tools, args)).matches as { name: string }[]).map((m) => m.name);

describe("the meta-tool definitions", () => {
  it("are three ToolDefinitions with valid names and object input schemas", () => {
    expect(all.definitions.map((d) => d.name)).toEqual([
      SEARCH_OPERATIONS,
      DESCRIBE_OPERATION,
      CALL_OPERATION,
    ]);
    for (const d of all.definitions) {
      expect(d.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(d.inputSchema.type).toBe("object");
      expect(d.inputSchema).not.toHaveProperty("additionalProperties");
      expect(d.description.length).toBeLessThan(300);
      expect(d.annotations.title).toBe(d.title);
      expect([...d.arguments.body].sort()).toEqual(
        Object.keys(d.inputSchema.properties as object).sort(),
      );
    }
  });

  it("every adapter formats them", () => {
    expect(toOpenAITools(all.definitions)).toHaveLength(3);
    expect(toAnthropicTools(all.definitions)).toHaveLength(3);
    expect(toGeminiTool(all.definitions).functionDeclarations).toHaveLength(3);
    expect(toMcpTools(all.definitions)).toHaveLength(3);
  });

  it("the call tool's hints follow the selection", () => {
    const call = (tools: typeof all) => tools.definitions.find((d) => d.name === CALL_OPERATION)!;
    expect(call(readOnly).annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(call(readOnly).access).toBe("read");
    expect(call(all).annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
    });
  });

  it("the resource filter lists only the selection's resources", () => {
    const slots = createDynamicTools(selectTools({ scopes: [] }));
    const schema = slots.definitions[0]!.inputSchema as {
      properties: { resource: { enum: string[] } };
    };
    expect(schema.properties.resource.enum).toEqual(["slots"]);
  });

  it("has() tells meta-tools apart", () => {
    expect(all.has(CALL_OPERATION)).toBe(true);
    expect(all.has("cal_bookings_list")).toBe(false);
    expect(all.has(undefined)).toBe(false);
  });
});

describe(SEARCH_OPERATIONS, () => {
  it("finds the obvious tool first", async () => {
    expect((await names(all, { query: "cancel booking" }))[0]).toBe("cal_bookings_cancel");
    expect((await names(all, { query: "free time slots" }))[0]).toBe("cal_slots_list");
    expect(await names(all, { query: "webhook subscriptions" })).toContain("cal_webhooks_list");
    expect((await names(all, { query: "organization members" }))[0]).toMatch(/^cal_org_users_/);
    expect((await names(all, { query: "reschedule" }))[0]).toBe("cal_bookings_reschedule");
    expect((await names(all, { query: "busy times calendar" }))[0]).toBe(
      "cal_calendars_busy_times",
    );
  });

  it("returns compact matches: name, title and one sentence", async () => {
    const data = dataOf(await search(all, { query: "booking" }));
    expect(data.matches.length).toBeLessThanOrEqual(8);
    expect(data.total).toBeGreaterThan(data.matches.length);
    for (const match of data.matches) {
      expect(Object.keys(match).sort()).toEqual(["description", "name", "title"]);
      expect(match.description.length).toBeLessThanOrEqual(160);
      expect(match.description).not.toMatch(/ e\.g$/);
    }
  });

  it("filters by resource and access, and only searches the selection", async () => {
    expect(await names(all, { query: "", resource: "teams", access: "read" })).toEqual([
      "cal_teams_get",
      "cal_teams_list",
    ]);
    const reads = await names(readOnly, { query: "cancel delete create update booking" });
    for (const name of reads)
      expect(toolDefinitions.find((t) => t.name === name)!.access).toBe("read");
    expect(dataOf(await search(readOnly, { query: "" })).total).toBe(15);
  });

  it("an empty result is not an error", async () => {
    expect(dataOf(await search(all, { query: "zebra quantum" }))).toEqual({
      matches: [],
      total: 0,
    });
  });

  it("rejects bad arguments by field", async () => {
    expect(errorOf(await search(all, { query: 5 })).field).toBe("query");
    expect(errorOf(await search(all, { query: "x", resource: "nope" })).message).toMatch(
      /`resource` must be one of/,
    );
    expect(errorOf(await search(all, { query: "x", limit: 3 })).message).toContain(
      "unknown argument `limit`",
    );
    expect(errorOf(await search(all, null)).field).toBe("query");
  });
});

describe(DESCRIBE_OPERATION, () => {
  it("returns the full description and input schema", async () => {
    const data = dataOf(await all.handle(DESCRIBE_OPERATION, { name: "cal_bookings_create" }));
    const tool = toolDefinitions.find((t) => t.name === "cal_bookings_create")!;
    expect(data).toEqual({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      access: "write",
      scope: "BOOKING_WRITE",
      inputSchema: tool.inputSchema,
    });
    expect(dataOf(await all.handle(DESCRIBE_OPERATION, { name: "bookings.create" })).name).toBe(
      "cal_bookings_create",
    );
  });

  it("an unknown or unavailable name suggests close ones", async () => {
    const error = errorOf(await all.handle(DESCRIBE_OPERATION, { name: "cal_booking_create" }));
    expect(error).toMatchObject({ kind: "unknown_tool", field: "name" });
    expect(error.message).toContain("cal_bookings_create");
    expect(
      errorOf(await readOnly.handle(DESCRIBE_OPERATION, { name: "cal_bookings_create" })).kind,
    ).toBe("unknown_tool");
  });
});

describe(CALL_OPERATION, () => {
  const fetch = countingFetch(() => success({ id: 1, username: "ada" }));
  const client = createCalClient({
    apiKey: "cal_test_tools",
    baseUrl: "https://cal.test",
    fetch,
    maxRetries: 0,
  });

  it("runs the named operation through the executor", async () => {
    expect(
      await all.handle(CALL_OPERATION, { name: "cal_me_get", arguments: {} }, { client }),
    ).toEqual({ ok: true, data: { id: 1, username: "ada" } });
    expect(fetch.requests).toHaveLength(1);
  });

  it("against Prism, with the arguments as JSON text", async () => {
    const prism = createCalClient({ apiKey: "cal_test_tools", baseUrl: inject("baseUrl") });
    const result = await all.handle(
      CALL_OPERATION,
      {
        name: "cal_slots_list",
        arguments: '{"eventTypeId": 42, "start": "2026-12-01", "end": "2026-12-02"}',
      },
      { client: prism },
    );
    expect(result.ok).toBe(true);
  });

  it("works on OpenAI strict-mode arguments decoded with fromOpenAIArguments", async () => {
    const decoded = fromOpenAIArguments(
      CALL_OPERATION,
      { name: "cal_me_get", arguments: "{}" },
      all.definitions,
    );
    expect((await all.handle(CALL_OPERATION, decoded, { client })).ok).toBe(true);
  });

  it("invalid operation arguments name the field; nothing is sent", async () => {
    const before = fetch.requests.length;
    const error = errorOf(
      await all.handle(
        CALL_OPERATION,
        { name: "cal_slots_list", arguments: { start: 1 } },
        { client },
      ),
    );
    expect(error.kind).toBe("invalid_arguments");
    expect(error.field).toBe("end"); // missing fields are named first
    expect(error.message).toContain("`end` is required");
    expect(error.message).toContain("`start` must be a string");
    expect(
      errorOf(await all.handle(CALL_OPERATION, { name: "cal_me_get" }, { client })).field,
    ).toBe("arguments");
    expect(
      errorOf(
        await all.handle(CALL_OPERATION, { name: "cal_me_get", arguments: "{nope" }, { client }),
      ).field,
    ).toBe("arguments");
    expect(fetch.requests.length).toBe(before);
  });

  it("an operation outside the selection is not_allowed", async () => {
    const error = errorOf(
      await readOnly.handle(
        CALL_OPERATION,
        { name: "cal_bookings_cancel", arguments: { bookingUid: "x" } },
        { client },
      ),
    );
    expect(error.kind).toBe("not_allowed");
  });

  it("an unknown operation suggests close names", async () => {
    const error = errorOf(
      await all.handle(CALL_OPERATION, { name: "cal_me_gte", arguments: {} }, { client }),
    );
    expect(error.kind).toBe("unknown_tool");
    expect(error.message).toContain("cal_me_get");
  });

  it("needs a client", async () => {
    expect(
      errorOf(await all.handle(CALL_OPERATION, { name: "cal_me_get", arguments: {} })).kind,
    ).toBe("config");
  });
});

describe("handle() with other names", () => {
  it("an unknown meta-tool suggests the right one", async () => {
    const error = errorOf(await all.handle("cal_search_operation", { query: "x" }));
    expect(error.kind).toBe("unknown_tool");
    expect(error.message).toContain(SEARCH_OPERATIONS);
    for (const name of [undefined, 3, null, {}])
      expect(errorOf(await all.handle(name, {})).kind).toBe("unknown_tool");
  });

  it("an operation of the selection called directly still runs, through the same checks", async () => {
    const fetch = countingFetch(() => success({ id: 1 }));
    const client = createCalClient({
      apiKey: "cal_test_tools",
      baseUrl: "https://cal.test",
      fetch,
    });
    expect((await readOnly.handle("cal_me_get", {}, { client })).ok).toBe(true);
    expect(errorOf(await readOnly.handle("cal_me_update", {}, { client })).kind).toBe(
      "unknown_tool",
    );
  });
});
