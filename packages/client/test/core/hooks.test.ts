import { describe, expect, it } from "vitest";
import { apiError, fakeFetch, success } from "../../../../test/support/fake-fetch.js";
import { createCalClient } from "../../src/client.js";
import {
  CalConfigError,
  CalRefusedError,
  NotFoundError,
  UnprocessableEntityError,
} from "../../src/core/errors.js";
import type { CallHook, CallOutcome, HookedCall } from "../../src/core/hooks.js";
import type { CalWarning } from "../../src/core/warnings.js";
import { TEST_KEY } from "./operations.js";

/** A hook that writes what it sees into `log`, tagged with its name. */
function tracing(name: string, log: string[]): CallHook {
  return {
    name,
    before: (call) => {
      log.push(`${name}.before ${call.operation.id}`);
    },
    after: (call, outcome) => {
      log.push(`${name}.after ${call.operation.id} ${outcome.ok ? "ok" : "error"}`);
    },
  };
}

describe("hooks on invoke", () => {
  it("run around every call in order, and after runs innermost first", async () => {
    const log: string[] = [];
    const fetch = fakeFetch(() => {
      log.push("fetch");
      return success({ id: 1 });
    });
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch,
      hooks: [tracing("a", log), tracing("b", log)],
    });
    await cal.me.get();
    expect(log).toEqual([
      "a.before me.get",
      "b.before me.get",
      "fetch",
      "b.after me.get ok",
      "a.after me.get ok",
    ]);
  });

  it("a before hook that throws refuses the call: nothing is sent, the outer hooks see why", async () => {
    const fetch = fakeFetch(() => success({}));
    const seen: CallOutcome[] = [];
    const refuse: CallHook = {
      before: (call) => {
        throw new CalRefusedError("no", "bookings are off", { operationId: call.operation.id });
      },
    };
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch,
      hooks: [{ after: (_call, outcome) => void seen.push(outcome) }, refuse],
    });
    await expect(cal.bookings.get({ bookingUid: "abc" })).rejects.toBeInstanceOf(CalRefusedError);
    expect(fetch.calls).toHaveLength(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ ok: false, mayHaveReachedServer: false });
  });

  it("a refusal by the last hook, even with a plain Error, says nothing was sent", async () => {
    const seen: CallOutcome[] = [];
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch: fakeFetch(() => success({})),
      hooks: [
        { after: (_call, outcome) => void seen.push(outcome) },
        {
          before: () => {
            throw new Error("quota store unreachable");
          },
        },
      ],
    });
    await expect(cal.me.get()).rejects.toThrow("quota store unreachable");
    expect(seen[0]).toMatchObject({ ok: false, mayHaveReachedServer: false });
  });

  it("a before hook may hold the call until it is ready", async () => {
    const fetch = fakeFetch(() => success({ id: 1 }));
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const cal = createCalClient({ apiKey: TEST_KEY, fetch, hooks: [{ before: () => gate }] });
    const pending = cal.me.get();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch.calls).toHaveLength(0);
    release();
    await expect(pending).resolves.toEqual({ id: 1 });
    expect(fetch.calls).toHaveLength(1);
  });

  it("after sees the data, the timing and Cal.com's error with its own words", async () => {
    const outcomes: CallOutcome[] = [];
    let clock = 1_000;
    const fetch = fakeFetch((request) => {
      clock += 25;
      return request.url.pathname.endsWith("/nope")
        ? apiError(404, "NotFoundException", "Booking with uid=nope was not found")
        : success({ uid: "abc" });
    });
    const cal = createCalClient(
      { apiKey: TEST_KEY, fetch, hooks: [{ after: (_c, o) => void outcomes.push(o) }] },
      { now: () => clock },
    );
    await cal.bookings.get({ bookingUid: "abc" });
    const failed = await cal.bookings.get({ bookingUid: "nope" }).catch((e: unknown) => e);
    expect(outcomes[0]).toEqual({ ok: true, data: { uid: "abc" }, durationMs: 25 });
    expect(outcomes[1]).toMatchObject({ ok: false, mayHaveReachedServer: true, durationMs: 25 });
    expect(failed).toBeInstanceOf(NotFoundError);
    expect((failed as NotFoundError).serverMessage).toBe("Booking with uid=nope was not found");
    expect((failed as NotFoundError).body).toMatchObject({
      status: "error",
      error: { code: "NotFoundException" },
    });
  });

  it("a failing after hook never turns Cal.com's success into a failure; it is a warning", async () => {
    const warnings: CalWarning[] = [];
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch: fakeFetch(() => success({ id: 7 })),
      onWarning: (w) => warnings.push(w),
      hooks: [
        {
          name: "broken-log",
          after: () => {
            throw new Error("disk full");
          },
        },
      ],
    });
    await expect(cal.me.get()).resolves.toEqual({ id: 7 });
    expect(warnings).toEqual([
      expect.objectContaining({ code: "CALKIT_HOOK_FAILED", operationId: "me.get" }),
    ]);
    expect(warnings[0]?.message).toContain('"broken-log"');
  });

  it("hooks decide on a copy: what they saw is what is sent, whatever the caller changes", async () => {
    const fetch = fakeFetch(() => success({}));
    const seen: HookedCall[] = [];
    const args = { bookingUid: "abc", cancellationReason: "ill" };
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch,
      hooks: [
        {
          before: async (call) => {
            seen.push(call);
            args.cancellationReason = "changed while the hook decided";
          },
        },
      ],
    });
    await cal.bookings.cancel(args);
    expect(seen[0]?.args).toEqual({ bookingUid: "abc", cancellationReason: "ill" });
    expect(fetch.calls[0]?.body).toEqual({ cancellationReason: "ill" });
  });

  it("each page of .all() is a call the hooks see", async () => {
    const log: string[] = [];
    const fetch = fakeFetch((request) => {
      const skip = Number(request.url.searchParams.get("skip") ?? 0);
      return success(skip === 0 ? [{ id: 1 }, { id: 2 }] : [{ id: 3 }]);
    });
    const cal = createCalClient({ apiKey: TEST_KEY, fetch, hooks: [tracing("h", log)] });
    const ids: unknown[] = [];
    for await (const hook of cal.webhooks.list.all({ take: 2 })) ids.push(hook);
    expect(ids).toHaveLength(3);
    expect(log.filter((l) => l.startsWith("h.before"))).toHaveLength(2);
  });
});

describe("invoke by operation id", () => {
  it("sends the same request as the method", async () => {
    const fetch = fakeFetch(() => success({ uid: "abc" }));
    const cal = createCalClient({ apiKey: TEST_KEY, fetch });
    await cal.bookings.get({ bookingUid: "abc" });
    await cal.invoke("bookings.get", { bookingUid: "abc" });
    const [byMethod, byId] = fetch.calls;
    expect(byId?.url.toString()).toBe(byMethod?.url.toString());
    expect(byId?.headers["cal-api-version"]).toBe(byMethod?.headers["cal-api-version"]);
  });

  it("refuses an id that is not in the table, before any request", async () => {
    const fetch = fakeFetch(() => success({}));
    const cal = createCalClient({ apiKey: TEST_KEY, fetch });
    const error = await cal.invoke("bookings.explode" as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalConfigError);
    expect((error as Error).message).toContain('"bookings.explode" is not an operation');
    expect(fetch.calls).toHaveLength(0);
  });

  it("withHooks adds hooks to a copy and leaves the original client as it was", async () => {
    const log: string[] = [];
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch: fakeFetch(() => success({})),
      hooks: [tracing("first", log)],
    });
    const more = cal.withHooks(tracing("second", log));
    await more.invoke("me.get");
    expect(log).toEqual([
      "first.before me.get",
      "second.before me.get",
      "second.after me.get ok",
      "first.after me.get ok",
    ]);
    log.length = 0;
    await cal.me.get();
    expect(log).toEqual(["first.before me.get", "first.after me.get ok"]);
  });

  it("a 422 keeps Cal.com's words apart from the client's prefix", async () => {
    const cal = createCalClient({
      apiKey: TEST_KEY,
      fetch: fakeFetch(() => apiError(422, "UnprocessableEntityException", "start is in the past")),
    });
    const error = (await cal.me.get().catch((e: unknown) => e)) as UnprocessableEntityError;
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.message).toBe(
      "me.get: start is in the past (HTTP 422, UnprocessableEntityException)",
    );
    expect(error.serverMessage).toBe("start is in the past");
  });
});
