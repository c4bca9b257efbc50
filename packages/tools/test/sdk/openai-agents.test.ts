/**
 * @openai/agents' MCP bridge (`mcpToFunctionTool`, what `convertSchemasToStrict` runs on each tool
 * of `tools/list`): every calkit MCP tool converts to strict mode, and a strict-mode call of
 * `cal_bookings_create` (nulls for what the model leaves out, `metadata` as key/value pairs) goes
 * through the executor to Cal.com as the neutral body.
 */
import { type MCPServer, mcpToFunctionTool, RunContext } from "@openai/agents";
import { describe, expect, it } from "vitest";
import { executeToolCall, type McpTool, toMcpTools, toolDefinitions } from "../../src/index.js";
import { fakeCal } from "./fake-provider.js";

/** The part of an MCP server the bridge calls, answering through our executor. */
function server(tools: McpTool[], call: MCPServer["callTool"]): MCPServer {
  return {
    name: "calkit",
    cacheToolsList: false,
    connect: async () => {},
    close: async () => {},
    listTools: async () => tools,
    callTool: call,
    invalidateToolsCache: async () => {},
  };
}

describe("@openai/agents mcpToFunctionTool", () => {
  const tools = toMcpTools(toolDefinitions, { outputSchema: false });

  it("converts all 41 tools to strict mode", () => {
    const bridge = server(tools, async () => []);
    const strict = tools.filter((t) => mcpToFunctionTool(t, bridge, true).strict);
    expect(strict.map((t) => t.name)).toEqual(toolDefinitions.map((d) => d.name));
  });

  it("carries a strict-mode call with key/value metadata to Cal.com as an object", async () => {
    const { cal, calFetch } = fakeCal({ uid: "bk_1" });
    const bridge = server(tools, async (name, args) => {
      const result = await executeToolCall(name, args, { client: cal });
      return [{ type: "text", text: JSON.stringify(result) }];
    });
    const create = tools.find((t) => t.name === "cal_bookings_create");
    if (!create) throw new Error("cal_bookings_create");
    const fn = mcpToFunctionTool(create, bridge, true);
    const input = {
      start: "2026-12-01T15:00:00Z",
      attendee: { name: "Grace Hopper", email: "grace@example.com", timeZone: "America/New_York" },
      eventTypeId: 42,
      metadata: [{ key: "crm", value: "42" }],
    };
    const output = await fn.invoke(new RunContext(), JSON.stringify(input));
    expect(output).toEqual({
      type: "text",
      text: JSON.stringify({
        ok: true,
        data: { uid: "bk_1" },
        notes: ["`metadata`: the list of key/value pairs was read as an object"],
      }),
    });
    expect(await calFetch.requests[0]?.json()).toMatchObject({
      start: input.start,
      eventTypeId: 42,
      metadata: { crm: "42" },
    });
  });
});
