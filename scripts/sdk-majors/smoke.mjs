// Newer majors on Node 22: each SDK accepts the 41 tools and a call round-trips through the executor.

import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import { generateText, jsonSchema, stepCountIs } from "ai";
import OpenAI from "openai";

const tools = await import(process.env.CALKIT_TOOLS_DIST);
const { createCalClient } = await import(process.env.CALKIT_CLIENT_DIST);
const { toolDefinitions: defs, executeToolCall } = tools;
const BOOKING = { uid: "bk1", title: "Intro call" };
function provider(replies) {
  const bodies = [];
  return {
    bodies,
    fetch: async (input, init) => {
      const r = new Request(input, init);
      bodies.push(await r.json());
      const reply = replies[bodies.length - 1];
      return new Response(JSON.stringify(reply), {
        status: reply ? 200 : 500,
        headers: { "content-type": "application/json" },
      });
    },
  };
}
function cal() {
  const paths = [];
  return {
    paths,
    client: createCalClient({
      apiKey: "cal_x",
      baseUrl: "https://cal.test",
      fetch: async (r, i) => {
        const q = new Request(r, i);
        paths.push(new URL(q.url).pathname);
        return new Response(JSON.stringify({ status: "success", data: BOOKING }), {
          headers: { "content-type": "application/json" },
        });
      },
    }),
  };
}
const chat = (message) => ({
  id: "c",
  object: "chat.completion",
  created: 1,
  model: "m",
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  choices: [{ index: 0, finish_reason: message.tool_calls ? "tool_calls" : "stop", message }],
});
const toolCall = chat({
  role: "assistant",
  content: null,
  tool_calls: [
    {
      id: "call_1",
      type: "function",
      function: { name: "cal_bookings_get", arguments: JSON.stringify({ bookingUid: "bk1" }) },
    },
  ],
});
const done = chat({ role: "assistant", content: "Done." });
const msg = (content) => ({
  id: "m",
  type: "message",
  role: "assistant",
  model: "claude-sonnet-5-5",
  content,
  stop_reason: content[0].type === "tool_use" ? "tool_use" : "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 1 },
});
const gem = (parts) => ({
  candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
});
const results = {};
async function check(name, fn) {
  try {
    results[name] = await fn();
  } catch (e) {
    results[name] = `FAILED ${e.message}`;
  }
}
await check("openai@7 chat", async () => {
  const p = provider([toolCall, done]);
  const c = cal();
  const o = new OpenAI({ apiKey: "k", fetch: p.fetch, maxRetries: 0 });
  const messages = [{ role: "user", content: "x" }];
  const r = (
    await o.chat.completions.create({ model: "m", messages, tools: tools.toOpenAITools(defs) })
  ).choices[0].message;
  messages.push(r);
  for (const call of r.tool_calls)
    messages.push({
      role: "tool",
      tool_call_id: call.id,
      content: JSON.stringify(
        await executeToolCall(
          call.function.name,
          tools.fromOpenAIArguments(call.function.name, call.function.arguments),
          { client: c.client },
        ),
      ),
    });
  await o.chat.completions.create({ model: "m", messages, tools: tools.toOpenAITools(defs) });
  return {
    tools: p.bodies[0].tools.length,
    cal: c.paths,
    back: JSON.stringify(p.bodies[1].messages.at(-1)).includes("Intro call"),
  };
});
await check("@anthropic-ai/sdk@1.14", async () => {
  const p = provider([
    msg([{ type: "tool_use", id: "t1", name: "cal_bookings_get", input: { bookingUid: "bk1" } }]),
    msg([{ type: "text", text: "Done." }]),
  ]);
  const c = cal();
  const a = new Anthropic({ apiKey: "k", fetch: p.fetch, maxRetries: 0 });
  const messages = [{ role: "user", content: "x" }];
  const r = await a.messages.create({
    model: "claude-sonnet-5-5",
    max_tokens: 10,
    messages,
    tools: tools.toAnthropicTools(defs),
  });
  messages.push(
    { role: "assistant", content: r.content },
    {
      role: "user",
      content: [
        tools.toAnthropicToolResult(
          r.content[0].id,
          await executeToolCall(r.content[0].name, r.content[0].input, { client: c.client }),
        ),
      ],
    },
  );
  await a.messages.create({
    model: "claude-sonnet-5-5",
    max_tokens: 10,
    messages,
    tools: tools.toAnthropicTools(defs),
  });
  return {
    tools: p.bodies[0].tools.length,
    cal: c.paths,
    back: JSON.stringify(p.bodies[1]).includes("Intro call"),
  };
});
await check("@google/genai@3.3", async () => {
  const p = provider([
    gem([{ functionCall: { name: "cal_bookings_get", args: { bookingUid: "bk1" } } }]),
    gem([{ text: "Done." }]),
  ]);
  const c = cal();
  const ai = new GoogleGenAI({ apiKey: "k", httpOptions: { fetch: p.fetch } });
  const config = { tools: [tools.toGeminiTool(defs)] };
  const contents = [{ role: "user", parts: [{ text: "x" }] }];
  const r = await ai.models.generateContent({ model: "gemini-2.5-flash", contents, config });
  const call = r.functionCalls[0];
  contents.push(
    { role: "model", parts: [{ functionCall: call }] },
    {
      role: "user",
      parts: [
        {
          functionResponse: {
            name: call.name,
            response: {
              ...(await executeToolCall(
                call.name,
                tools.fromGeminiArguments(call.name, call.args),
                { client: c.client },
              )),
            },
          },
        },
      ],
    },
  );
  await ai.models.generateContent({ model: "gemini-2.5-flash", contents, config });
  return {
    tools: p.bodies[0].tools[0].functionDeclarations.length,
    cal: c.paths,
    back: JSON.stringify(p.bodies[1]).includes("Intro call"),
  };
});
for (const [name, replies, model] of [
  [
    "ai@7 + @ai-sdk/openai@4 (chat)",
    [toolCall, done],
    (f) => createOpenAI({ apiKey: "k", fetch: f }).chat("gpt-4.1"),
  ],
  [
    "ai@7 + @ai-sdk/anthropic@4",
    [
      msg([{ type: "tool_use", id: "t1", name: "cal_bookings_get", input: { bookingUid: "bk1" } }]),
      msg([{ type: "text", text: "Done." }]),
    ],
    (f) => createAnthropic({ apiKey: "k", fetch: f })("claude-sonnet-5-5"),
  ],
  [
    "ai@7 + @ai-sdk/google@4",
    [
      gem([{ functionCall: { name: "cal_me_update", args: { timeFormat: "12" } } }]),
      gem([{ text: "Done." }]),
    ],
    (f) => createGoogleGenerativeAI({ apiKey: "k", fetch: f })("gemini-2.5-flash"),
  ],
])
  await check(name, async () => {
    const p = provider(replies);
    const c = cal();
    const { text, steps } = await generateText({
      model: model(p.fetch),
      prompt: "x",
      stopWhen: stepCountIs(3),
      maxRetries: 0,
      tools: tools.toVercelAiTools(defs, {
        jsonSchema,
        execute: (n, i) => executeToolCall(n, i, { client: c.client }),
      }),
    });
    const b = p.bodies[0];
    const n = Array.isArray(b.tools)
      ? (b.tools[0]?.functionDeclarations?.length ?? b.tools.length)
      : -1;
    return { tools: n, cal: c.paths, result: steps[0]?.toolResults?.[0]?.output, text };
  });
console.log(process.version);
console.log(JSON.stringify(results, null, 1));
const failed = Object.entries(results).filter(
  ([, r]) => typeof r === "string" || r.tools !== 41 || r.cal.length !== 1,
);
if (failed.length) {
  console.error(`failed: ${failed.map(([name]) => name).join(", ")}`);
  process.exitCode = 1;
}
