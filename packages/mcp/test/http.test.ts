/**
 * Streamable HTTP, in process on port 0: the official client passes the Cal.com credential as its
 * bearer token; lists and calls work against Prism; scopes in X-Cal-OAuth-Scopes filter the list;
 * the tool-call rate limit; loopback binding and Host/Origin checks; no credential → 401.
 */
import { request } from "node:http";
import { OPERATION_COUNT } from "@calkit/client";
import { selectTools } from "@calkit/tools";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type HttpServerHandle,
  type HttpServerOptions,
  McpSetupError,
  startHttpServer,
} from "../src/index.js";
import { API_KEY, errorMetaOf, textOf } from "./helpers";

const baseUrl = inject("baseUrl");
const slotsArgs = { eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" };

async function connect(url: string, headers: Record<string, string>): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: "calkit-mcp-http-test", version: "0.0.0" });
  await client.connect(transport);
  return client;
}

async function withServer<T>(
  options: HttpServerOptions,
  run: (handle: HttpServerHandle) => Promise<T>,
): Promise<T> {
  const handle = await startHttpServer({ baseUrl, port: 0, ...options });
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

/** A raw request with headers fetch would not let us set (Host). */
function rawPost(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "raw", version: "0" },
      },
    });
    const req = request(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => {
          text += c.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("HTTP with the Cal.com credential as the bearer token", () => {
  let handle: HttpServerHandle;
  beforeAll(async () => {
    handle = await startHttpServer({ baseUrl, port: 0 });
  });
  afterAll(() => handle?.close());

  it("binds 127.0.0.1 by default", () => {
    expect(handle.host).toBe("127.0.0.1");
    expect(handle.url).toBe(`http://127.0.0.1:${handle.port}/mcp`);
  });

  it("lists the tools and calls them end to end", async () => {
    const client = await connect(handle.url, { Authorization: `Bearer ${API_KEY}` });
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(OPERATION_COUNT);
      const slots = await client.callTool({ name: "cal_slots_list", arguments: slotsArgs });
      expect(slots.isError, textOf(slots)).toBeFalsy();
      expect(
        Object.keys((slots.structuredContent as { data: object }).data).length,
      ).toBeGreaterThan(0);
      const booking = await client.callTool({
        name: "cal_bookings_get",
        arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      });
      expect(booking.structuredContent).toMatchObject({ data: { uid: expect.any(String) } });
      expect(handle.sessionCount()).toBe(1);
    } finally {
      await client.close();
    }
  });

  it("an OAuth token with X-Cal-OAuth-Scopes sees only its scopes' tools", async () => {
    const client = await connect(handle.url, {
      Authorization: "Bearer oauth-token-xyz",
      "X-Cal-OAuth-Scopes": "BOOKING_READ",
    });
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(
        selectTools({ scopes: ["BOOKING_READ"] })
          .map((t) => t.name)
          .sort(),
      );
      const cancel = await client.callTool({
        name: "cal_bookings_cancel",
        arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      });
      expect(cancel.isError).toBe(true);
      expect(errorMetaOf(cancel)).toMatchObject({ kind: "not_allowed", scope: "BOOKING_WRITE" });
    } finally {
      await client.close();
    }
  });

  it("without any credential the connection is refused with 401 and a clear message", async () => {
    const error = await connect(handle.url, {}).catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/No Cal\.com credential/);
    const raw = await rawPost(handle.url, {});
    expect(raw.status).toBe(401);
  });

  it("refuses requests addressed to another host or from a web origin (DNS rebinding)", async () => {
    const auth = { Authorization: `Bearer ${API_KEY}` };
    expect((await rawPost(handle.url, { ...auth, Host: "evil.example:80" })).status).toBe(403);
    expect((await rawPost(handle.url, { ...auth, Origin: "https://evil.example" })).status).toBe(
      403,
    );
    expect(
      (await rawPost(handle.url, { ...auth, Origin: `http://localhost:${handle.port}` })).status,
    ).toBe(200);
  });
});

describe("HTTP options", () => {
  it("rate-limits tool calls per credential with a retry-after", async () => {
    await withServer({ rateLimit: 3 }, async (handle) => {
      const first = await connect(handle.url, { Authorization: `Bearer ${API_KEY}` });
      const other = await connect(handle.url, { Authorization: "Bearer cal_test_another_key" });
      try {
        for (let i = 0; i < 3; i++) {
          const ok = await first.callTool({ name: "cal_slots_list", arguments: slotsArgs });
          expect(ok.isError, textOf(ok)).toBeFalsy();
        }
        const limited = await first.callTool({ name: "cal_slots_list", arguments: slotsArgs });
        expect(limited.isError).toBe(true);
        expect(textOf(limited)).toMatch(
          /^Rate limited by this MCP server: at most 3 tool calls a minute per credential\. Nothing was sent; retry after \d+ s\.$/,
        );
        expect(errorMetaOf(limited)).toMatchObject({
          kind: "rate_limited",
          retryable: true,
          retryAfterSeconds: expect.any(Number),
        });
        // Listing is not a tool call, and another credential has its own bucket.
        await expect(first.listTools()).resolves.toBeTruthy();
        const elsewhere = await other.callTool({ name: "cal_slots_list", arguments: slotsArgs });
        expect(elsewhere.isError).toBeFalsy();
      } finally {
        await first.close();
        await other.close();
      }
    });
  });

  it("uses the server's own credential when the request brings none", async () => {
    await withServer(
      { credential: { kind: "apiKey", apiKey: API_KEY }, readOnly: true },
      async (handle) => {
        const client = await connect(handle.url, {});
        try {
          const { tools } = await client.listTools();
          expect(tools.length).toBe(15);
          const me = await client.callTool({ name: "cal_me_get", arguments: {} });
          expect(me.isError, textOf(me)).toBeFalsy();
        } finally {
          await client.close();
        }
      },
    );
  });

  it("refuses to start with a policy that does not name the agent", async () => {
    await expect(
      startHttpServer({
        port: 0,
        policy: { version: 1, agents: { support: { resources: { bookings: "read" } } } },
        agent: "scheduler",
      }),
    ).rejects.toThrow(McpSetupError);
    await expect(startHttpServer({ port: 0, toolsets: ["bokings"] })).rejects.toThrow(
      /did you mean "bookings"/,
    );
  });
});
