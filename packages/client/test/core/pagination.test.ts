import { describe, expect, it } from "vitest";
import { fakeFetch, success } from "../../../../test/support/fake-fetch.js";
import { CalConfigError, CalError } from "../../src/core/errors.js";
import { paginate, paginateWith } from "../../src/core/pagination.js";
import { createRuntime } from "../../src/core/runtime.js";
import { bookingsGet, bookingsList, TEST_KEY, webhooksList } from "./operations.js";

const items = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: from + i }));

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("paginate", () => {
  it("walks 3 pages using hasNextPage from the pagination meta", async () => {
    const fetch = fakeFetch((req) => {
      const skip = Number(req.url.searchParams.get("skip"));
      const take = Number(req.url.searchParams.get("take"));
      const page = items(skip, skip >= 4 ? 1 : take);
      return success(page, {
        pagination: { hasNextPage: skip + page.length < 5, returnedItems: page.length },
      });
    });
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    const all = await collect(
      paginateWith(rt.invoke, bookingsList, { take: 2, status: "upcoming" }),
    );
    expect(all).toEqual(items(0, 5));
    expect(fetch.calls.map((c) => c.url.search)).toEqual([
      "?take=2&status=upcoming&skip=0",
      "?take=2&status=upcoming&skip=2",
      "?take=2&status=upcoming&skip=4",
    ]);
    expect(fetch.calls.every((c) => c.headers["cal-api-version"] === "2026-02-25")).toBe(true);
  });

  it("without meta, stops on a short page and defaults take to 100", async () => {
    const sizes = [100, 100, 7];
    const fetch = fakeFetch((req, i) =>
      success(items(Number(req.url.searchParams.get("skip")), sizes[i] ?? 0)),
    );
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    const all = await collect(paginateWith(rt.invoke, webhooksList));
    expect(all).toHaveLength(207);
    expect(
      fetch.calls.map((c) => [c.url.searchParams.get("take"), c.url.searchParams.get("skip")]),
    ).toEqual([
      ["100", "0"],
      ["100", "100"],
      ["100", "200"],
    ]);
  });

  it("stops on an empty page, starts from the given skip", async () => {
    const fetch = fakeFetch((_, i) => success(i === 0 ? items(10, 3) : []));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    expect(await collect(paginateWith(rt.invoke, webhooksList, { take: 3, skip: 10 }))).toEqual(
      items(10, 3),
    );
    expect(fetch.calls.map((c) => c.url.searchParams.get("skip"))).toEqual(["10", "13"]);
  });

  it("trusts hasNextPage: true over a page shorter than take (server-capped page size)", async () => {
    const pages = [
      { data: items(0, 2), more: true },
      { data: items(2, 2), more: false },
    ];
    const fetch = fakeFetch((_, i) => {
      const p = pages[i] ?? { data: [], more: false };
      return success(p.data, { pagination: { hasNextPage: p.more } });
    });
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    expect(await collect(paginateWith(rt.invoke, bookingsList, { take: 250 }))).toEqual(
      items(0, 4),
    );
    expect(fetch.calls.map((c) => c.url.searchParams.get("skip"))).toEqual(["0", "2"]);
  });

  it("fetches lazily: breaking out early sends no further request", async () => {
    const fetch = fakeFetch((req) => success(items(Number(req.url.searchParams.get("skip")), 2)));
    const rt = createRuntime({ apiKey: TEST_KEY, fetch });
    for await (const item of paginateWith(rt.invoke, webhooksList, { take: 2 })) {
      if ((item as { id: number }).id === 2) break;
    }
    expect(fetch.calls).toHaveLength(2);
  });

  it("throws a clear error at once for a non-paginated operation", () => {
    const rt = createRuntime({ apiKey: TEST_KEY, fetch: fakeFetch(() => success({})) });
    expect(() => paginateWith(rt.invoke, bookingsGet, { bookingUid: "b" })).toThrow(CalConfigError);
    expect(() => paginateWith(rt.invoke, bookingsGet, { bookingUid: "b" })).toThrow(
      "bookings.get is not paginated",
    );
  });

  it("rejects a page whose data is not a list", async () => {
    await expect(
      collect(paginate(webhooksList, {}, async () => ({ not: "a list" }))),
    ).rejects.toBeInstanceOf(CalError);
  });
});
