/**
 * The real `openai` SDK with an injected fetch: Chat Completions and Responses accept all 41 strict
 * tools, the request carries our strict schemas as they are, and a tool call parsed by the SDK goes
 * through fromOpenAIArguments and executeToolCall to Cal.com and back as the SDK's tool message.
 */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import {
  executeToolCall,
  fromOpenAIArguments,
  toOpenAIResponsesTools,
  toOpenAITools,
  toolDefinitions,
} from "../../src/index.js";
import { BOOKING, fakeCal, fakeProvider } from "./fake-provider.js";
import { openAIChatReply, openAIToolCall } from "./replies.js";

const ARGS = JSON.stringify({ bookingUid: BOOKING.uid });

describe("openai Chat Completions", () => {
  it("sends the 41 strict tools and carries a tool call to Cal.com and back", async () => {
    const provider = fakeProvider([
      openAIToolCall("cal_bookings_get", { bookingUid: BOOKING.uid }),
      openAIChatReply({ role: "assistant", content: "Your intro call is confirmed." }),
    ]);
    const { cal, calFetch } = fakeCal();
    const openai = new OpenAI({ apiKey: "sk-test", fetch: provider.fetch, maxRetries: 0 });
    const tools = toOpenAITools(toolDefinitions);
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: "user", content: "Show it" }];
    for (;;) {
      const reply = (await openai.chat.completions.create({ model: "gpt-4.1", messages, tools }))
        .choices[0]?.message;
      if (!reply) throw new Error("no choice");
      messages.push(reply);
      if (!reply.tool_calls?.length) break;
      for (const call of reply.tool_calls) {
        if (call.type !== "function") continue;
        const args = fromOpenAIArguments(call.function.name, call.function.arguments);
        const result = await executeToolCall(call.function.name, args, { client: cal });
        messages.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(result) });
      }
    }

    const first = provider.bodies[0] as { tools: unknown[] };
    expect(first.tools).toHaveLength(41);
    expect(first.tools).toEqual(JSON.parse(JSON.stringify(tools)));
    expect(calFetch.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `GET /v2/bookings/${BOOKING.uid}`,
    ]);
    const second = provider.bodies[1] as { messages: Record<string, unknown>[] };
    expect(second.messages.at(-1)).toEqual({
      role: "tool",
      tool_call_id: "call_1",
      content: JSON.stringify({ ok: true, data: BOOKING }),
    });
    expect(JSON.stringify(provider.bodies)).not.toContain("cal_live_secret_never_logged");
  });
});

describe("openai Responses", () => {
  it("sends the 41 strict tools and returns a function_call_output", async () => {
    const response = (output: unknown[]) => ({
      id: "resp_1",
      object: "response",
      created_at: 1_767_225_600,
      model: "gpt-4.1",
      status: "completed",
      output,
    });
    const provider = fakeProvider([
      response([
        {
          type: "function_call",
          id: "fc_1",
          call_id: "call_1",
          name: "cal_bookings_get",
          arguments: ARGS,
          status: "completed",
        },
      ]),
    ]);
    const { cal, calFetch } = fakeCal();
    const openai = new OpenAI({ apiKey: "sk-test", fetch: provider.fetch, maxRetries: 0 });
    const reply = await openai.responses.create({
      model: "gpt-4.1",
      input: "Show it",
      tools: toOpenAIResponsesTools(toolDefinitions),
    });
    const outputs: OpenAI.Responses.ResponseInputItem[] = [];
    for (const item of reply.output) {
      if (item.type !== "function_call") continue;
      const args = fromOpenAIArguments(item.name, item.arguments);
      const result = await executeToolCall(item.name, args, { client: cal });
      outputs.push({
        type: "function_call_output",
        call_id: item.call_id,
        output: JSON.stringify(result),
      });
    }

    const sent = provider.bodies[0] as { tools: { strict: boolean }[] };
    expect(sent.tools).toHaveLength(41);
    expect(sent.tools.every((t) => t.strict)).toBe(true);
    expect(calFetch.requests).toHaveLength(1);
    expect(outputs).toEqual([
      {
        type: "function_call_output",
        call_id: "call_1",
        output: JSON.stringify({ ok: true, data: BOOKING }),
      },
    ]);
  });
});
