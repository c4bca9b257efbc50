/**
 * The real `@anthropic-ai/sdk` with an injected fetch: Messages accepts the 41 tools with our input
 * schemas unchanged, and a `tool_use` block goes through executeToolCall to Cal.com and back as the
 * SDK's `tool_result` block (toAnthropicToolResult).
 */
import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import {
  executeToolCall,
  toAnthropicToolResult,
  toAnthropicTools,
  toolDefinitions,
} from "../../src/index.js";
import { BOOKING, fakeCal, fakeProvider } from "./fake-provider.js";
import { anthropicMessage } from "./replies.js";

describe("@anthropic-ai/sdk Messages", () => {
  it("sends the 41 tools and answers a tool_use with a tool_result", async () => {
    const provider = fakeProvider([
      anthropicMessage([
        {
          type: "tool_use",
          id: "toolu_1",
          name: "cal_bookings_get",
          input: { bookingUid: BOOKING.uid },
        },
      ]),
      anthropicMessage([{ type: "text", text: "Your intro call is confirmed." }]),
    ]);
    const { cal, calFetch } = fakeCal();
    const anthropic = new Anthropic({
      apiKey: "sk-ant-test",
      fetch: provider.fetch,
      maxRetries: 0,
    });
    const tools = toAnthropicTools(toolDefinitions);
    const messages: Anthropic.MessageParam[] = [{ role: "user", content: "Show it" }];
    for (;;) {
      const reply = await anthropic.messages.create({
        model: "claude-sonnet-5-5",
        max_tokens: 1024,
        messages,
        tools,
      });
      messages.push({ role: "assistant", content: reply.content });
      const results: Anthropic.ToolResultBlockParam[] = [];
      for (const block of reply.content) {
        if (block.type !== "tool_use") continue;
        const result = await executeToolCall(block.name, block.input, { client: cal });
        results.push(toAnthropicToolResult(block.id, result));
      }
      if (!results.length) break;
      messages.push({ role: "user", content: results });
    }

    const first = provider.bodies[0] as { tools: { input_schema: unknown }[] };
    expect(first.tools).toHaveLength(41);
    expect(first.tools.map((t) => t.input_schema)).toEqual(
      toolDefinitions.map((d) => d.inputSchema),
    );
    expect(calFetch.requests.map((r) => new URL(r.url).pathname)).toEqual([
      `/v2/bookings/${BOOKING.uid}`,
    ]);
    const second = provider.bodies[1] as { messages: { content: unknown }[] };
    expect(second.messages.at(-1)?.content).toEqual([
      {
        type: "tool_result",
        tool_use_id: "toolu_1",
        content: JSON.stringify({ ok: true, data: BOOKING }),
        is_error: false,
      },
    ]);
  });
});
