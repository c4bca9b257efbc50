// Without a `fetch` option the runtime hands the global fetch the URL and init (no Request of its
// own): these tests hold that path to what the Request path does, against a real loopback server.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CalAbortError, CalConnectionError, CalTimeoutError } from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";
import { bookingsCreate, bookingsGet, TEST_KEY } from "./operations.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** Resolves when the client closes the connection before the answer ended. */
  closedEarly: Promise<void>;
}

const seen: Seen[] = [];
let baseUrl = "";
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => {
    body += chunk.toString("utf8");
  });
  req.on("end", () => {
    const closedEarly = new Promise<void>((resolve) => {
      res.on("close", () => {
        if (!res.writableFinished) resolve();
      });
    });
    seen.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body,
      closedEarly,
    });
    answer(req.url ?? "", res);
  });
});

function answer(url: string, res: ServerResponse): void {
  if (url.includes("/hang")) return; // never answers
  if (url.includes("/stall")) {
    // Headers and part of the body, then nothing: the timeout must also cover reading the body.
    res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    res.write('{"status":"success",');
    return;
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ status: "success", data: { uid: "b1" } }));
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

function runtime(timeoutMs = 5_000) {
  return createRuntime({ apiKey: TEST_KEY, baseUrl, timeoutMs, maxRetries: 0 });
}

describe("the global fetch, given the URL and init", () => {
  it("sends the method, path, query, headers and JSON body the Request path sends", async () => {
    const before = seen.length;
    await expect(runtime().invoke(bookingsGet, { bookingUid: "b 1" })).resolves.toEqual({
      uid: "b1",
    });
    await runtime().invoke(bookingsCreate, { start: "2026-12-01T15:00:00Z" });
    const [get, post] = seen.slice(before);
    expect(get?.method).toBe("GET");
    expect(get?.url).toBe("/v2/bookings/b%201");
    expect(get?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(get?.headers["cal-api-version"]).toBe(bookingsGet.apiVersion);
    expect(get?.headers.accept).toBe("application/json");
    expect(post?.method).toBe("POST");
    expect(post?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(post?.body ?? "")).toEqual({ start: "2026-12-01T15:00:00Z" });
  });

  it("a per-call header replaces the client's, whatever its case", async () => {
    const before = seen.length;
    await runtime().invoke(
      bookingsGet,
      { bookingUid: "b" },
      { headers: { "Cal-Api-Version": "x" } },
    );
    expect(seen[before]?.headers["cal-api-version"]).toBe("x");
  });

  it("a timeout aborts the connection itself, not only the promise", async () => {
    const before = seen.length;
    const error = await runtime(100)
      .invoke(bookingsGet, { bookingUid: "hang" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalTimeoutError);
    await seen[before]?.closedEarly;
  });

  it("the timeout covers a body that stops arriving", async () => {
    const before = seen.length;
    const error = await runtime(150)
      .invoke(bookingsGet, { bookingUid: "stall" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalTimeoutError);
    await seen[before]?.closedEarly;
  });

  it("the caller's abort reaches the connection", async () => {
    const before = seen.length;
    const controller = new AbortController();
    const pending = runtime().invoke(
      bookingsGet,
      { bookingUid: "hang" },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalAbortError);
    await seen[before]?.closedEarly;
  });

  it("a refused connection is a CalConnectionError that was certainly not sent", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await createRuntime({
      apiKey: TEST_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 0,
    })
      .invoke(bookingsCreate, { start: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalConnectionError);
    expect((error as CalConnectionError).requestMayHaveReachedServer).toBe(false);
  });
});
