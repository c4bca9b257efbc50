// `{base}/mcp` with the official MCP client over Streamable HTTP and an agent token: the tool list
// follows the agent's policy, calls go through the same pipeline as /v2 (audited, sent with the
// gateway's credential), denials send nothing, and sessions belong to one agent.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type GatewayProcess, startGatewayProcess } from "./gateway-process.js";
import { runGateway, tempDir, writePolicy } from "./helpers.js";
import { type RecordingUpstream, startRecordingUpstream } from "./recording-upstream.js";

const KEY = "cal_test_mcp_gateway_0123456789ab";
const ADMIN = "admin-token-for-mcp-tests-0123456789ab";
const dir = tempDir("mcp");
const env = { CALKIT_GATEWAY_DATA: `${dir.path}/data` };
let upstream: RecordingUpstream;
let gw: GatewayProcess;
const tokens: Record<string, string> = {};
const clients: Client[] = [];

async function connect(
  token: string,
): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: "calkit-gateway-test", version: "0.0.0" });
  await client.connect(transport);
  clients.push(client);
  return { client, transport };
}

function textOf(result: unknown): string {
  return ((result as CallToolResult).content ?? [])
    .map((c) => (c.type === "text" ? c.text : ""))
    .join("");
}

beforeAll(async () => {
  upstream = await startRecordingUpstream(inject("baseUrl"));
  writePolicy(dir.path, {
    reader: { resources: { bookings: "read", eventTypes: "read" } },
    scheduler: { resources: { slots: "full" } },
    asker: { resources: { bookings: "read" }, operations: { "bookings.cancel": "ask" } },
  });
  gw = await startGatewayProcess({
    CAL_API_KEY: KEY,
    CAL_API_BASE_URL: upstream.url,
    CALKIT_ADMIN_TOKEN: ADMIN,
    ...env,
  });
  for (const name of ["reader", "scheduler", "asker"]) {
    const added = await runGateway(
      ["agent", "add", name, "--policy", `${dir.path}/policy.json`],
      env,
    );
    tokens[name] = added.stdout.trim();
  }
}, 60_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => {});
  await gw?.stop();
  await upstream?.close();
  dir.remove();
});

describe("/mcp", () => {
  it("lists only the tools the agent's policy allows", async () => {
    const { client } = await connect(tokens.reader as string);
    const names = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toContain("cal_bookings_list");
    expect(names).toContain("cal_event_types_get");
    expect(names.every((n) => /^cal_(bookings|event_types)_/.test(n))).toBe(true);
    expect(names).not.toContain("cal_bookings_cancel");
    expect(names).not.toContain("cal_bookings_create");
    const other = await connect(tokens.scheduler as string);
    const theirs = (await other.client.listTools()).tools.map((t) => t.name);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((n) => n.startsWith("cal_slots_"))).toBe(true);
  });

  it("runs a call through the gateway: the credential goes upstream, the call is audited", async () => {
    const { client } = await connect(tokens.reader as string);
    const before = upstream.received.length;
    const result = (await client.callTool({
      name: "cal_event_types_get",
      arguments: { eventTypeId: 42 },
    })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toContain("30 Minute Meeting");
    const sent = upstream.received.slice(before);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /v2/event-types/42"]);
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(upstream.allText()).not.toContain(tokens.reader as string);
    const tail = await runGateway(
      ["audit", "tail", "--agent", "reader", "--json", "--limit", "1"],
      env,
    );
    expect(JSON.parse(tail.stdout)).toMatchObject({
      agent: "reader",
      tokenId: tokens.reader?.slice(5, 17),
      operation: "eventTypes.get",
      decision: "allowed",
      upstream: { status: 200 },
    });
  });

  it("refuses a call the policy denies, sending nothing, and records it", async () => {
    const { client } = await connect(tokens.reader as string);
    const before = upstream.received.length;
    const result = (await client.callTool({
      name: "cal_bookings_cancel",
      arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
    })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/not allowed|read-only/i);
    expect(upstream.received.length).toBe(before);
    // Recorded before the answer came back: no waiting here.
    const tail = await runGateway(
      ["audit", "tail", "--agent", "reader", "--json", "--limit", "1"],
      env,
    );
    expect(JSON.parse(tail.stdout)).toMatchObject({
      operation: "bookings.cancel",
      decision: "denied",
    });
  });

  it("needs a valid agent token, and never lets one agent use another's session", async () => {
    await expect(
      connect("ckgw_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
    ).rejects.toThrow();
    await expect(connect(KEY)).rejects.toThrow();
    const { transport } = await connect(tokens.reader as string);
    const response = await fetch(`${gw.url}/mcp`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${tokens.scheduler}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        "mcp-session-id": transport.sessionId as string,
        "mcp-protocol-version": "2025-06-18",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/list" }),
    });
    expect(response.status).toBe(404);
  });

  it("holds a tool call the policy asks about at the approval desk; approved, it is sent once", async () => {
    const { client } = await connect(tokens.asker as string);
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain("cal_bookings_cancel");
    const uid = "mcp-ask-1";
    const result = client.callTool({ name: "cal_bookings_cancel", arguments: { bookingUid: uid } });
    const admin = { authorization: `Bearer ${ADMIN}` };
    let id: string | undefined;
    for (let i = 0; i < 300 && !id; i++) {
      const list = (await (
        await fetch(`${gw.url}/admin/api/approvals?state=pending`, { headers: admin })
      ).json()) as {
        approvals: { id: string; preview: string }[];
      };
      id = list.approvals.find((a) => a.preview.startsWith(`cancelling booking ${uid} (`))?.id;
      if (!id) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const cancels = () => upstream.received.filter((r) => r.url === `/v2/bookings/${uid}/cancel`);
    expect(cancels()).toHaveLength(0);
    const decided = await fetch(`${gw.url}/admin/api/approvals/${id}/approve`, {
      method: "POST",
      headers: admin,
    });
    expect(decided.status).toBe(200);
    const answer = (await result) as CallToolResult;
    expect(answer.isError ?? false).toBe(false);
    expect(cancels()).toHaveLength(1);
  });
});
