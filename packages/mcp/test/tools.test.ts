/**
 * The server in process (SDK in-memory transport, official client): every tool's spec example
 * through MCP with the client checking structuredContent against the output schema; bounded
 * results; dynamic mode; the guard's constraints and audit; Cal.com errors as isError results.
 */

import { OPERATION_COUNT } from "@calkit/client";
import { type AuditRecord, callbackSink, createAuditLog, type PolicyFile } from "@calkit/guard";
import { toolDefinitions } from "@calkit/tools";
import { describe, expect, inject, it, vi } from "vitest";
import { apiError, countingFetch } from "../../../test/support/fake-fetch.js";
import { exampleArgs } from "../../tools/test/spec-args";
import type { CalCredential } from "../src/index.js";
import { API_KEY, connectInMemory, errorMetaOf, textOf } from "./helpers";

const baseUrl = inject("baseUrl");
const credential: CalCredential = { kind: "apiKey", apiKey: API_KEY };
const encoder = new TextEncoder();

const policy: PolicyFile = {
  version: 1,
  agents: {
    scheduler: {
      resources: { bookings: "read", slots: "full", eventTypes: "read" },
      operations: {
        "bookings.create": "allow",
        "bookings.cancel": "allow",
        "bookings.reschedule": "allow",
      },
      constraints: { eventTypeIds: [42] },
    },
  },
};

function tool(name: string) {
  const found = toolDefinitions.find((t) => t.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
}

describe("all tools through MCP", async () => {
  const client = await connectInMemory({ credential, baseUrl });
  await client.listTools(); // the client caches the output schemas it validates results against

  it.each(toolDefinitions.map((t) => [t.name, t] as const))(
    "%s: example arguments give schema-valid structured content",
    async (name, definition) => {
      const result = await client.callTool({ name, arguments: exampleArgs(definition) });
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(result.structuredContent).toHaveProperty("data");
      expect(encoder.encode(textOf(result)).length).toBeLessThanOrEqual(16_000);
    },
  );
});

describe("bounded results", () => {
  it("a small budget shortens the result, keeps it schema-valid and says what was cut", async () => {
    const client = await connectInMemory({ credential, baseUrl, maxResultBytes: 700 });
    await client.listTools();
    const result = await client.callTool({
      name: "cal_bookings_list",
      arguments: exampleArgs(tool("cal_bookings_list")),
    });
    expect(result.isError).toBeFalsy();
    const [json, note] = result.content as { type: string; text: string }[];
    expect(encoder.encode(json?.text ?? "").length).toBeLessThanOrEqual(700);
    expect(JSON.parse(json?.text ?? "")).toEqual(result.structuredContent);
    expect(note?.text).toMatch(/^This result was shortened to fit the size budget: /);
    expect(result._meta?.["calkit/truncated"]).toEqual(expect.any(Array));
  });

  it("without output schemas the list is smaller and results still carry structured content", async () => {
    const full = await connectInMemory({ credential, baseUrl });
    const lean = await connectInMemory({ credential, baseUrl, outputSchemas: false });
    const fullTools = (await full.listTools()).tools;
    const leanTools = (await lean.listTools()).tools;
    expect(leanTools.every((t) => t.outputSchema === undefined)).toBe(true);
    expect(JSON.stringify(leanTools).length).toBeLessThan(JSON.stringify(fullTools).length / 2);
    const result = await lean.callTool({ name: "cal_me_get", arguments: {} });
    expect(result.structuredContent).toMatchObject({ data: { username: expect.any(String) } });
  });
});

describe("the guard", () => {
  it("lists what the policy's levels allow and enforces its constraints per call, audited", async () => {
    const records: AuditRecord[] = [];
    const client = await connectInMemory({
      credential,
      baseUrl,
      policy,
      agent: "scheduler",
      audit: createAuditLog(callbackSink((r) => records.push(r))),
    });
    const names = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toEqual(
      [
        "cal_bookings_cancel",
        "cal_bookings_create",
        "cal_bookings_get",
        "cal_bookings_list",
        "cal_bookings_reschedule",
        "cal_event_types_get",
        "cal_event_types_list",
      ]
        .concat(toolDefinitions.filter((t) => t.resource === "slots").map((t) => t.name))
        .sort(),
    );
    const args = exampleArgs(tool("cal_bookings_create"));
    const denied = await client.callTool({
      name: "cal_bookings_create",
      arguments: { ...args, eventTypeId: 7 },
    });
    expect(denied.isError).toBe(true);
    expect(textOf(denied)).toMatch(
      /^Not allowed: event type 7 is not one of this agent's event types \(42\)\. .*do not retry it/,
    );
    const booked = await client.callTool({
      name: "cal_bookings_create",
      arguments: { ...args, eventTypeId: 42 },
    });
    expect(booked.isError, textOf(booked)).toBeFalsy();
    expect(records.map((r) => [r.operation, r.decision])).toEqual([
      ["bookings.create", "denied"],
      ["bookings.create", "allowed"],
    ]);
    expect(JSON.stringify(records)).not.toContain(API_KEY);
  });

  it("an audit log without a policy audits every call and restricts nothing", async () => {
    const records: AuditRecord[] = [];
    const client = await connectInMemory({
      credential,
      baseUrl,
      agent: "assistant",
      audit: createAuditLog(callbackSink((r) => records.push(r))),
    });
    expect((await client.listTools()).tools).toHaveLength(OPERATION_COUNT);
    await client.callTool({ name: "cal_me_get", arguments: {} });
    expect(records).toHaveLength(1);
    expect(records[0]?.sentence).toMatch(/^Agent assistant /);
  });
});

describe("dynamic mode", () => {
  it("offers three meta-tools that search, describe and call only the allowed operations, through the guard", async () => {
    const client = await connectInMemory({
      credential,
      baseUrl,
      dynamic: true,
      policy,
      agent: "scheduler",
    });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual([
      "cal_search_operations",
      "cal_describe_operation",
      "cal_call_operation",
    ]);

    const search = await client.callTool({
      name: "cal_search_operations",
      arguments: { query: "free slots" },
    });
    const matches = (
      search.structuredContent as { data: { matches: { name: string }[] } }
    ).data.matches.map((m) => m.name);
    expect(matches).toContain("cal_slots_list");
    const deleteSearch = await client.callTool({
      name: "cal_search_operations",
      arguments: { query: "delete event type" },
    });
    expect(JSON.stringify(deleteSearch.structuredContent)).not.toContain("cal_event_types_delete");

    const described = await client.callTool({
      name: "cal_describe_operation",
      arguments: { name: "cal_slots_list" },
    });
    expect(described.structuredContent).toMatchObject({
      data: { name: "cal_slots_list", inputSchema: { type: "object" } },
    });

    const called = await client.callTool({
      name: "cal_call_operation",
      arguments: { name: "cal_bookings_list", arguments: {} },
    });
    expect(called.isError, textOf(called)).toBeFalsy();
    expect(called.structuredContent).toMatchObject({
      data: expect.any(Array),
      pagination: expect.any(Object),
    });

    const denied = await client.callTool({
      name: "cal_call_operation",
      arguments: { name: "cal_event_types_delete", arguments: { eventTypeId: 42 } },
    });
    expect(denied.isError).toBe(true);
    expect(textOf(denied)).toMatch(/event types are read-only for this agent/);
    const invalid = await client.callTool({
      name: "cal_call_operation",
      arguments: { name: "cal_slots_list" },
    });
    expect(invalid.isError).toBe(true);
    expect(errorMetaOf(invalid)).toMatchObject({ kind: "invalid_arguments", field: "arguments" });
  });
});

describe("Cal.com errors", () => {
  it("a 429 from Cal.com is an isError result with the wait, and the write is not resent", async () => {
    const fetch = countingFetch(() =>
      apiError(429, "TooManyRequestsException", "Too many requests", { "retry-after": "12" }),
    );
    const client = await connectInMemory({
      credential,
      baseUrl: "https://cal.test",
      client: { fetch, maxRetries: 0 },
    });
    const result = await client.callTool({
      name: "cal_bookings_create",
      arguments: exampleArgs(tool("cal_bookings_create")),
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/retry after 12 s/);
    expect(errorMetaOf(result)).toMatchObject({
      kind: "rate_limited",
      retryAfterSeconds: 12,
      status: 429,
    });
    expect(fetch.requests).toHaveLength(1);
  });

  it("a Cal.com answer that breaks the output schema is still a success: mismatches leave structuredContent, the text keeps them", async () => {
    const fetch = countingFetch(
      () =>
        new Response(
          JSON.stringify({
            status: "success",
            data: { id: "not-a-number", username: 5, email: "ada@example.com" },
          }),
          { headers: { "content-type": "application/json" } },
        ),
    );
    const client = await connectInMemory({
      credential,
      baseUrl: "https://cal.test",
      client: { fetch, maxRetries: 0 },
    });
    await client.listTools();
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    // The official client validates structuredContent against the declared outputSchema and
    // throws when it does not match: reaching the assertions proves it matched.
    const result = await client.callTool({ name: "cal_me_get", arguments: {} });
    await client.callTool({ name: "cal_me_get", arguments: {} });
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/cal_me_get: .*\/data\/id .*\/data\/username/);
    warn.mockRestore();
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ data: { email: "ada@example.com" } });
    expect(textOf(result)).toContain('"not-a-number"');
    expect(result._meta?.["calkit/omitted"]).toEqual([
      { pointer: "/data/id", problem: "must be number" },
      { pointer: "/data/username", problem: "must be string" },
    ]);
  });
});

describe("arguments before the guard", () => {
  it("malformed arguments to a constrained tool are a validation error, and no booking lookup is sent", async () => {
    const fetch = countingFetch(() => apiError(404, "NotFoundException", "nope"));
    const client = await connectInMemory({
      credential,
      baseUrl: "https://cal.test",
      policy,
      agent: "scheduler",
      client: { fetch, maxRetries: 0 },
    });
    const result = await client.callTool({
      name: "cal_bookings_cancel",
      arguments: { bookingUid: 12 },
    });
    expect(result.isError).toBe(true);
    expect(errorMetaOf(result)).toMatchObject({ kind: "invalid_arguments", field: "bookingUid" });
    expect(textOf(result)).not.toMatch(/do not retry/);
    expect(fetch.requests).toHaveLength(0);
  });
});
