/**
 * The real Vercel AI SDK (`ai` with `@ai-sdk/openai`, `@ai-sdk/anthropic`, `@ai-sdk/google`), each
 * provider over an injected fetch: generateText accepts the 41 tools from toVercelAiTools, a tool
 * call runs executeToolCall against Cal.com, and the result is the SDK's tool result in the next
 * request. With Gemini, @ai-sdk/google rewrites `timeFormat: 12 | 24` as a string enum and the
 * model answers `"12"`, which the executor reads as the number 12.
 */
import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, jsonSchema, type LanguageModel, stepCountIs } from "ai";
import { describe, expect, it } from "vitest";
import { executeToolCall, toolDefinitions, toVercelAiTools } from "../../src/index.js";
import { BOOKING, type FakeProvider, fakeCal, fakeProvider } from "./fake-provider.js";
import { anthropicMessage, geminiReply, openAIChatReply, openAIToolCall } from "./replies.js";

interface ModelCall {
  name: string;
  args: Record<string, unknown>;
}

const CALL: ModelCall = { name: "cal_bookings_get", args: { bookingUid: BOOKING.uid } };

const providers: Record<
  string,
  { replies: (call: ModelCall) => unknown[]; model: (p: FakeProvider) => LanguageModel }
> = {
  "@ai-sdk/openai (chat)": {
    replies: (call) => [
      openAIToolCall(call.name, call.args),
      openAIChatReply({ role: "assistant", content: "Done." }),
    ],
    model: (p) => createOpenAI({ apiKey: "sk-test", fetch: p.fetch }).chat("gpt-4.1"),
  },
  "@ai-sdk/anthropic": {
    replies: (call) => [
      anthropicMessage([{ type: "tool_use", id: "toolu_1", name: call.name, input: call.args }]),
      anthropicMessage([{ type: "text", text: "Done." }]),
    ],
    model: (p) => createAnthropic({ apiKey: "sk-ant-test", fetch: p.fetch })("claude-sonnet-5-5"),
  },
  "@ai-sdk/google": {
    replies: (call) => [
      geminiReply([{ functionCall: { name: call.name, args: call.args } }]),
      geminiReply([{ text: "Done." }]),
    ],
    model: (p) =>
      createGoogleGenerativeAI({ apiKey: "gemini-test", fetch: p.fetch })("gemini-2.5-flash"),
  },
};

async function run(name: string, call: ModelCall, data: unknown = BOOKING) {
  const setup = providers[name];
  if (!setup) throw new Error(name);
  const provider = fakeProvider(setup.replies(call));
  const { cal, calFetch } = fakeCal(data);
  const { text, steps } = await generateText({
    model: setup.model(provider),
    prompt: "Show it",
    stopWhen: stepCountIs(3),
    maxRetries: 0,
    tools: toVercelAiTools(toolDefinitions, {
      jsonSchema,
      execute: (tool, input) => executeToolCall(tool, input, { client: cal }),
    }),
  });
  return { text, steps, provider, calFetch };
}

/** The tool names a provider request declared, whatever its shape. */
function declaredNames(body: Record<string, unknown>): string[] {
  const tools = body.tools as Record<string, unknown>[];
  const entries = tools.flatMap((t) =>
    Array.isArray(t.functionDeclarations)
      ? (t.functionDeclarations as Record<string, unknown>[])
      : [t],
  );
  return entries.map((t) => String(t.name ?? (t.function as { name?: string } | undefined)?.name));
}

describe.each(Object.keys(providers))("ai generateText with %s", (name) => {
  it("declares the 41 tools, calls Cal.com once and returns the result to the model", async () => {
    const { text, steps, provider, calFetch } = await run(name, CALL);
    expect(declaredNames(provider.bodies[0] ?? {})).toEqual(toolDefinitions.map((d) => d.name));
    expect(calFetch.requests.map((r) => new URL(r.url).pathname)).toEqual([
      `/v2/bookings/${BOOKING.uid}`,
    ]);
    expect(steps[0]?.toolResults.map((r) => r.output)).toEqual([{ ok: true, data: BOOKING }]);
    expect(JSON.stringify(provider.bodies[1])).toContain(BOOKING.title);
    expect(text).toBe("Done.");
  });
});

interface GoogleTool {
  functionDeclarations: { name: string; parameters: { properties: Record<string, unknown> } }[];
}

describe("@ai-sdk/google's schema conversion", () => {
  it('writes timeFormat 12 | 24 as the strings "12", "24"; the model\'s "12" still reaches Cal.com as 12', async () => {
    const call = { name: "cal_me_update", args: { timeFormat: "12" } };
    const { steps, provider, calFetch } = await run("@ai-sdk/google", call, { id: 1 });
    const [tool] = (provider.bodies[0]?.tools ?? []) as GoogleTool[];
    const update = tool?.functionDeclarations.find((d) => d.name === "cal_me_update");
    expect(update?.parameters.properties.timeFormat).toMatchObject({
      format: "enum",
      enum: ["12", "24"],
    });
    expect(await calFetch.requests[0]?.json()).toEqual({ timeFormat: 12 });
    expect(steps[0]?.toolResults.map((r) => r.output)).toEqual([
      {
        ok: true,
        data: { id: 1 },
        notes: ['`timeFormat`: the string "12" was read as the number 12'],
      },
    ]);
  });
});
