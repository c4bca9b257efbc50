/**
 * The attack probe of issue 17, against the real HTTP server on 127.0.0.1 with a real stand-in for
 * Cal.com: DNS rebinding host names, made-up credentials flooding the session table, sessions used
 * or ended by another bearer, a JSON-RPC id reused while pending, hung calls, malformed requests,
 * and slow or too many connections.
 */

import { request } from "node:http";
import { connect as tcpConnect } from "node:net";
import { OPERATION_COUNT } from "@calkit/client";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpServerHandle, type HttpServerOptions, startHttpServer } from "../src/index.js";
import { type FakeCal, startFakeCal } from "./fake-cal.js";

const KEY_A = "cal_test_probe_key_a";
const KEY_B = "cal_test_probe_key_b";
const SERVER_KEY = "cal_test_probe_server_key";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with any Host, path and body (fetch would not let us set Host). */
function raw(
  port: number,
  init: { method?: string; path?: string; headers?: Record<string, string>; body?: unknown },
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: init.method ?? "POST",
        path: init.path ?? "/mcp",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          ...init.headers,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => {
          text += c.toString();
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on("error", reject);
    req.end(init.body === undefined ? undefined : JSON.stringify(init.body));
  });
}

const initialize = (id: number | string = 1) => ({
  jsonrpc: "2.0",
  id,
  method: "initialize",
  params: {
    protocolVersion: "2025-06-18",
    capabilities: {},
    clientInfo: { name: "probe", version: "0" },
  },
});

/** Opens a session with raw requests; the session id. */
async function openSession(port: number, headers: Record<string, string>): Promise<string> {
  const init = await raw(port, { headers, body: initialize() });
  expect(init.status, init.body).toBe(200);
  const id = init.headers["mcp-session-id"] as string;
  const done = await raw(port, {
    headers: { ...headers, "mcp-session-id": id, "mcp-protocol-version": "2025-06-18" },
    body: { jsonrpc: "2.0", method: "notifications/initialized" },
  });
  expect(done.status).toBe(202);
  return id;
}

function onSession(id: string, headers: Record<string, string>) {
  return { ...headers, "mcp-session-id": id, "mcp-protocol-version": "2025-06-18" };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

let cal: FakeCal;
beforeAll(async () => {
  cal = await startFakeCal([KEY_A, KEY_B, SERVER_KEY]);
});
afterAll(() => cal?.close());

async function withServer<T>(
  options: HttpServerOptions,
  run: (handle: HttpServerHandle) => Promise<T>,
): Promise<T> {
  const handle = await startHttpServer({ baseUrl: cal.baseUrl, port: 0, ...options });
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

describe("DNS rebinding: only literal loopback addresses with this port are local", () => {
  it("refuses the rebinding host names, even with the server's own key and no bearer", async () => {
    await withServer(
      { credential: { kind: "apiKey", apiKey: SERVER_KEY }, client: { maxRetries: 0 } },
      async ({ port }) => {
        const before = cal.requests.length;
        const refused = [
          {
            host: `127.0.0.1.evil.example:${port}`,
            origin: `http://127.0.0.1.evil.example:${port}`,
          },
          { host: `127.0.0.1.evil.example:${port}` },
          { host: `127.evil.example:${port}` },
          { host: `localhost.evil.example:${port}` },
          { host: `127.0.0.1:${port + 1}` },
          { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1.evil.example:${port}` },
          { host: `127.0.0.1:${port}`, origin: `http://localhost:${port + 1}` },
          { host: `127.0.0.1:${port}`, origin: `https://evil.example` },
          { host: `127.0.0.1:${port}`, origin: "null" },
          { host: `127.0.0.1:${port}/x` },
        ];
        for (const { host, origin } of refused) {
          const answer = await raw(port, {
            headers: { host, ...(origin ? { origin } : {}) },
            body: initialize(),
          });
          expect(answer.status, `${host} ${origin ?? ""}`).toBe(403);
        }
        expect(cal.requests.length).toBe(before);
        expect(
          (await raw(port, { headers: { host: `[::1]:${port}` }, body: initialize() })).status,
        ).toBe(200);
        expect(
          (
            await raw(port, {
              headers: { host: `127.0.0.2:${port}`, origin: `http://localhost:${port}` },
              body: initialize(),
            })
          ).status,
        ).toBe(200);
      },
    );
  });
});

describe("sessions belong to the credential that opened them", () => {
  it("refuses made-up credentials (Cal.com says 401) so they cannot fill the table", async () => {
    await withServer({ maxSessions: 4 }, async (handle) => {
      for (let i = 0; i < 12; i++) {
        const answer = await raw(handle.port, {
          headers: bearer(`cal_made_up_${i}`),
          body: initialize(),
        });
        expect(answer.status).toBe(401);
        expect(answer.body).not.toContain(`cal_made_up_${i}`);
      }
      expect(handle.sessionCount()).toBe(0);
      await openSession(handle.port, bearer(KEY_A));
      expect(handle.sessionCount()).toBe(1);
    });
  });

  it("a flood of unknown credentials waits (503) while accepted ones still open sessions", async () => {
    await withServer({ credentialChecksPerMinute: 3 }, async (handle) => {
      await openSession(handle.port, bearer(KEY_A)); // checked once, then known
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await raw(handle.port, { headers: bearer(`cal_flood_${i}`), body: initialize() }))
            .status,
        );
      expect(statuses).toEqual([401, 401, 503, 503, 503, 503]);
      await openSession(handle.port, bearer(KEY_A));
      expect(handle.sessionCount()).toBe(2);
    });
  });

  it("another bearer can neither use nor end a session", async () => {
    await withServer({}, async (handle) => {
      const id = await openSession(handle.port, bearer(KEY_A));
      const list = { jsonrpc: "2.0", id: 2, method: "tools/list" };
      const stolen = await raw(handle.port, { headers: onSession(id, bearer(KEY_B)), body: list });
      expect(stolen.status).toBe(404);
      const ended = await raw(handle.port, {
        method: "DELETE",
        headers: onSession(id, bearer(KEY_B)),
      });
      expect(ended.status).toBe(404);
      const own = await raw(handle.port, { headers: onSession(id, bearer(KEY_A)), body: list });
      expect(own.status).toBe(200);
      expect(JSON.parse(own.body).result.tools).toHaveLength(OPERATION_COUNT);
    });
  });

  it("caps sessions per credential: one more ends that credential's least recently used", async () => {
    await withServer({ maxSessionsPerCredential: 2 }, async (handle) => {
      const first = await openSession(handle.port, bearer(KEY_A));
      await openSession(handle.port, bearer(KEY_A));
      await openSession(handle.port, bearer(KEY_A));
      await openSession(handle.port, bearer(KEY_B));
      expect(handle.sessionCount()).toBe(3);
      const gone = await raw(handle.port, {
        headers: onSession(first, bearer(KEY_A)),
        body: { jsonrpc: "2.0", id: 2, method: "tools/list" },
      });
      expect(gone.status).toBe(404);
    });
  });
});

describe("every request is answered", () => {
  const slots = (id: number) => ({
    jsonrpc: "2.0",
    id,
    method: "tools/call",
    params: {
      name: "cal_slots_list",
      arguments: { eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" },
    },
  });

  it("refuses a JSON-RPC id still pending on the session, and times out a hung call", async () => {
    await withServer({ requestTimeoutMs: 1_500, client: { maxRetries: 0 } }, async (handle) => {
      const id = await openSession(handle.port, bearer(KEY_A));
      const headers = onSession(id, bearer(KEY_A));
      const started = Date.now();
      const hung = raw(handle.port, { headers, body: slots(7) });
      await new Promise((r) => setTimeout(r, 200));
      const reused = await raw(handle.port, { headers, body: slots(7) });
      expect(reused.status, `${reused.body} / ${cal.requests.slice(-3).join(", ")}`).toBe(409);
      expect(JSON.parse(reused.body)).toMatchObject({
        id: 7,
        error: { code: -32600, message: expect.stringMatching(/already used .* new id/) },
      });
      const timedOut = await hung;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(JSON.parse(timedOut.body)).toMatchObject({
        id: 7,
        error: { code: -32001, message: expect.stringMatching(/^No answer within 2 s/) },
      });
    });
  });

  it("answers an invalid request URL with 400, an empty batch with 400", async () => {
    await withServer({}, async (handle) => {
      const badUrl = await raw(handle.port, { path: "http://[bad/mcp", body: initialize() });
      expect(badUrl.status).toBe(400);
      const empty = await raw(handle.port, { headers: bearer(KEY_A), body: [] });
      expect(empty.status).toBe(400);
      expect(JSON.parse(empty.body).error).toMatchObject({ code: -32600 });
    });
  });

  it("malformed tools/call params get a sentence naming the field, not a schema dump", async () => {
    await withServer({}, async (handle) => {
      const id = await openSession(handle.port, bearer(KEY_A));
      const headers = onSession(id, bearer(KEY_A));
      const cases: [unknown, RegExp][] = [
        [
          { name: 5 },
          /^Invalid tools\/call: `params\.name` must be the tool's name .* got the number 5\.$/,
        ],
        [{}, /`params\.name` must be the tool's name .* got nothing\.$/],
        [
          { name: "cal_me_get", arguments: [1] },
          /`params\.arguments` must be an object .* got an array of 1 item\.$/,
        ],
      ];
      for (const [params, message] of cases) {
        const answer = await raw(handle.port, {
          headers,
          body: { jsonrpc: "2.0", id: 9, method: "tools/call", params },
        });
        const error = JSON.parse(answer.body).error;
        expect(error.code).toBe(-32602);
        expect(error.message).toMatch(message);
        expect(error.message).not.toMatch(/invalid_type|"path"|expected/);
      }
    });
  });
});

describe("slow and numerous connections", () => {
  it("closes a connection that does not finish its headers in time", async () => {
    await withServer({ headersTimeoutMs: 500 }, async (handle) => {
      const socket = tcpConnect(handle.port, "127.0.0.1");
      const started = Date.now();
      socket.write("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      const answer = await new Promise<string>((resolve) => {
        let text = "";
        socket.on("data", (c: Buffer) => {
          text += c.toString();
        });
        socket.on("close", () => resolve(text));
      });
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });
  });

  it("caps open connections", async () => {
    await withServer({ maxConnections: 2 }, async (handle) => {
      const sockets = [0, 1, 2].map(() => tcpConnect(handle.port, "127.0.0.1"));
      const closed = await new Promise<number>((resolve) => {
        sockets[2]?.on("close", () => resolve(2));
        setTimeout(() => resolve(-1), 3_000);
      });
      expect(closed).toBe(2);
      for (const s of sockets) s.destroy();
    });
  });
});

describe("the official client still works end to end", () => {
  it("initializes, lists and closes (DELETE) with its own bearer", async () => {
    await withServer({}, async (handle) => {
      const transport = new StreamableHTTPClientTransport(new URL(handle.url), {
        requestInit: { headers: bearer(KEY_A) },
      });
      const client = new Client({ name: "probe", version: "0" });
      await client.connect(transport);
      expect((await client.listTools()).tools).toHaveLength(OPERATION_COUNT);
      await transport.terminateSession();
      await client.close();
      expect(handle.sessionCount()).toBe(0);
    });
  });
});
