/**
 * @calkit/client/ops: one function per operation over createCalRuntime. Each sends exactly what
 * the client's method sends, hooks see its calls, and an app that imports one keeps only that
 * operation in its bundle (checked on the built package, as an app's bundler would see it).
 */
import { describe, expect, it } from "vitest";
import { bundleApp, CALKIT_OPS_APP } from "../../../scripts/bundle-app";
import { fakeFetch, success } from "../../../test/support/fake-fetch.js";
import { createCalClient, type OperationMeta, operations } from "../src/index.js";
import * as ops from "../src/ops.js";
import { TEST_KEY } from "./core/operations.js";

/** `bookings.markAbsent` → `bookingsMarkAbsent`, the function's name. */
const functionName = (id: string) => id.replace(/\.(\w)/, (_, c: string) => c.toUpperCase());

describe("@calkit/client/ops", () => {
  it("has one function per operation of the table, and an All function per paginated one", () => {
    const table = Object.values(operations) as OperationMeta[];
    for (const op of table) {
      expect(typeof (ops as Record<string, unknown>)[functionName(op.id)]).toBe("function");
      expect(typeof (ops as Record<string, unknown>)[`${functionName(op.id)}All`]).toBe(
        op.pagination ? "function" : "undefined",
      );
    }
  });

  it("sends the same request as the client's method", async () => {
    const fetch = fakeFetch(() => success({ uid: "abc" }));
    const args = { bookingUid: "abc", cancellationReason: "ill" };
    await createCalClient({ apiKey: TEST_KEY, fetch }).bookings.cancel(args);
    await ops.bookingsCancel(ops.createCalRuntime({ auth: ops.apiKeyAuth(TEST_KEY), fetch }), args);
    const [viaMethod, viaFunction] = fetch.calls;
    expect(viaFunction?.url.toString()).toBe(viaMethod?.url.toString());
    expect(viaFunction?.method).toBe(viaMethod?.method);
    expect(viaFunction?.headers).toEqual(viaMethod?.headers);
    expect(viaFunction?.body).toEqual(viaMethod?.body);
  });

  it("runs the runtime's hooks and pages with All", async () => {
    const seen: string[] = [];
    const fetch = fakeFetch((request) =>
      success(request.url.searchParams.get("skip") === "0" ? [{ id: 1 }, { id: 2 }] : [{ id: 3 }]),
    );
    const cal = ops.withHooks(ops.createCalRuntime({ auth: ops.apiKeyAuth(TEST_KEY), fetch }), {
      before: (call) => void seen.push(call.operation.id),
    });
    const items: unknown[] = [];
    for await (const hook of ops.webhooksListAll(cal, { take: 2 })) items.push(hook);
    expect(items).toHaveLength(3);
    expect(seen).toEqual(["webhooks.list", "webhooks.list"]);
  });

  it("keeps only the called operation in an app's bundle", async () => {
    const { code, gzipped } = await bundleApp(CALKIT_OPS_APP, { keepCode: true });
    expect(code).toContain('"/v2/me"');
    expect(code).not.toContain("/v2/bookings");
    expect(code).not.toContain("/v2/event-types");
    // Nor openapi-fetch, which only `cal.raw` needs.
    expect(code).not.toContain("querySerializer");
    expect(gzipped).toBeGreaterThan(0);
  });
});
