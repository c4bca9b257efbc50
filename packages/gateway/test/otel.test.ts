// CALKIT_GATEWAY_OTEL=on in a real gateway process, with a stand-in SDK preloaded
// (otel-capture.mjs): a /v2 call is a span named after its operation id with the agent as an
// attribute; an MCP tool call is a span after the MCP semantic conventions.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountingUpstream, startCountingUpstream } from "./counting-upstream.js";
import { call, type GatewayProcess, startGatewayProcess } from "./gateway-process.js";
import { runGateway, tempDir, writePolicy } from "./helpers.js";

const dir = tempDir("otel");
const env = { CALKIT_GATEWAY_DATA: `${dir.path}/data` };
const capture = `${dir.path}/spans.jsonl`;
let upstream: CountingUpstream;
let gw: GatewayProcess;
let token: string;

interface CapturedSpan {
  name: string;
  attributes: Record<string, unknown>;
}

const spans = (): CapturedSpan[] =>
  readFileSync(capture, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as CapturedSpan);

beforeAll(async () => {
  upstream = await startCountingUpstream();
  writePolicy(dir.path, { watcher: { resources: { me: "read" } } });
  token = (
    await runGateway(["agent", "add", "watcher", "--policy", `${dir.path}/policy.json`], env)
  ).stdout.trim();
  gw = await startGatewayProcess({
    CAL_API_KEY: "cal_test_otel_0123456789abcdef",
    CAL_API_BASE_URL: upstream.url,
    CALKIT_GATEWAY_OTEL: "on",
    NODE_OPTIONS: `--import ${fileURLToPath(new URL("./otel-capture.mjs", import.meta.url))}`,
    OTEL_CAPTURE_FILE: capture,
    ...env,
  });
}, 60_000);

afterAll(async () => {
  await gw?.stop();
  await upstream?.close();
  dir.remove();
});

describe("CALKIT_GATEWAY_OTEL=on", () => {
  it("names a /v2 call's span after its operation, with the agent", async () => {
    expect((await call(gw.url, token, "GET", "/v2/me")).status).toBe(200);
    expect(spans()).toContainEqual(
      expect.objectContaining({
        name: "me.get",
        attributes: expect.objectContaining({
          "calkit.agent": "watcher",
          "calkit.operation.id": "me.get",
          "http.response.status_code": 200,
        }),
      }),
    );
  });

  it("records an MCP tool call with the mcp.* and gen_ai.* conventions", async () => {
    const transport = new StreamableHTTPClientTransport(new URL(`${gw.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    });
    const client = new Client({ name: "calkit-otel-test", version: "0.0.0" });
    await client.connect(transport);
    try {
      await client.callTool({ name: "cal_me_get", arguments: {} });
    } finally {
      await client.close();
    }
    const tool = spans().find((s) => s.name === "tools/call cal_me_get");
    expect(tool?.attributes).toMatchObject({
      "mcp.method.name": "tools/call",
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "cal_me_get",
      "calkit.agent": "watcher",
    });
    expect(tool?.attributes["mcp.session.id"]).toEqual(expect.any(String));
  });
});
