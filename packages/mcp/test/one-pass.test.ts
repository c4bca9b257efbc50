/**
 * A tool call is one pass: MCP tools/call → the executor (arguments validated) → client.invoke →
 * the client's hooks (the caller's, then the guard's audit log and policy) → fetch. The trace
 * below is everything that happened, in order, for one allowed and one denied call.
 */
import type { CallHook } from "@calkit/client";
import { callbackSink, createAuditLog, type PolicyFile } from "@calkit/guard";
import { describe, expect, it } from "vitest";
import { fakeFetch, success } from "../../../test/support/fake-fetch.js";
import { API_KEY, connectInMemory, textOf } from "./helpers";

const policy: PolicyFile = {
  version: 1,
  agents: { support: { resources: { bookings: "read" } } },
};

describe("one pass from MCP to fetch", () => {
  it("runs each step once, in order, and a denied call stops before fetch", async () => {
    const trace: string[] = [];
    const tracer: CallHook = {
      name: "trace",
      before: (call) => void trace.push(`hook before ${call.operation.id}`),
      after: (call, outcome) =>
        void trace.push(`hook after ${call.operation.id} ${outcome.ok ? "ok" : "refused"}`),
    };
    const fetch = fakeFetch((request) => {
      trace.push(`fetch ${request.method} ${request.url.pathname}`);
      return success({ uid: "abc", start: "2030-01-01T10:00:00Z" });
    });
    const client = await connectInMemory({
      credential: { kind: "apiKey", apiKey: API_KEY },
      policy,
      agent: "support",
      audit: createAuditLog(callbackSink((r) => trace.push(`audit ${r.decision} ${r.operation}`))),
      client: { fetch, hooks: [tracer] },
    });

    const read = await client.callTool({
      name: "cal_bookings_get",
      arguments: { bookingUid: "abc" },
    });
    expect(read.isError).toBeFalsy();
    expect(trace).toEqual([
      "hook before bookings.get",
      "fetch GET /v2/bookings/abc",
      "audit allowed bookings.get",
      "hook after bookings.get ok",
    ]);

    trace.length = 0;
    const cancel = await client.callTool({
      name: "cal_bookings_cancel",
      arguments: { bookingUid: "abc" },
    });
    expect(cancel.isError).toBe(true);
    expect(textOf(cancel)).toContain("bookings are read-only for this agent");
    expect(trace).toEqual([
      "hook before bookings.cancel",
      "audit denied bookings.cancel",
      "hook after bookings.cancel refused",
    ]);
    expect(fetch.calls).toHaveLength(1);
  });
});
