/**
 * Every example file of the README runs here: the TypeScript ones against the real SDKs with a
 * faked provider and a faked Cal.com (scripts/test/readme-examples.test.ts compiles them), the Python one
 * with python3. That each code block is its file word for word is checked for every README by
 * scripts/test/readme-examples.test.ts.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createOpenAI } from "@ai-sdk/openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { askClaude } from "../examples/anthropic.js";
import { answerDynamicCall, dynamicToolsFor } from "../examples/dynamic.js";
import { runToolCall } from "../examples/executor.js";
import { askGemini } from "../examples/gemini.js";
import { askOpenAI } from "../examples/openai-chat.js";
import { forAnthropic, forGemini, forMcp, forOpenAI } from "../examples/schema-modules.js";
import * as selection from "../examples/selection.js";
import { askWithAiSdk } from "../examples/vercel-ai.js";
import { toolDefinitions } from "../src/index.js";
import { BOOKING, fakeCal, fakeProvider } from "./sdk/fake-provider.js";
import { anthropicMessage, geminiReply, openAIChatReply, openAIToolCall } from "./sdk/replies.js";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const SCOPES = ["BOOKING_READ", "BOOKING_WRITE", "EVENT_TYPE_READ"];
const GET = { bookingUid: BOOKING.uid };

describe("the README's examples run", () => {
  it("OpenAI loop: 14 tools for the grant, one Cal.com call, the model's answer", async () => {
    const provider = fakeProvider([
      openAIToolCall("cal_bookings_get", GET),
      openAIChatReply({ role: "assistant", content: "Confirmed." }),
    ]);
    const { cal, calFetch } = fakeCal();
    const openai = new OpenAI({ apiKey: "sk-test", fetch: provider.fetch, maxRetries: 0 });
    expect(await askOpenAI(openai, cal, SCOPES, "Show it")).toBe("Confirmed.");
    expect(provider.bodies[0]?.tools).toHaveLength(14);
    expect(calFetch.requests).toHaveLength(1);
  });

  it("Anthropic loop", async () => {
    const provider = fakeProvider([
      anthropicMessage([{ type: "tool_use", id: "toolu_1", name: "cal_bookings_get", input: GET }]),
      anthropicMessage([{ type: "text", text: "Confirmed." }]),
    ]);
    const { cal, calFetch } = fakeCal();
    const anthropic = new Anthropic({ apiKey: "sk-ant", fetch: provider.fetch, maxRetries: 0 });
    expect(await askClaude(anthropic, cal, SCOPES, "Show it")).toBe("Confirmed.");
    expect(calFetch.requests).toHaveLength(1);
  });

  it("Gemini loop", async () => {
    const provider = fakeProvider([
      geminiReply([{ functionCall: { name: "cal_bookings_get", args: GET } }]),
      geminiReply([{ text: "Confirmed." }]),
    ]);
    const { cal, calFetch } = fakeCal();
    const ai = new GoogleGenAI({ apiKey: "gemini", httpOptions: { fetch: provider.fetch } });
    expect(await askGemini(ai, cal, SCOPES, "Show it")).toBe("Confirmed.");
    expect(calFetch.requests).toHaveLength(1);
  });

  it("Vercel AI SDK", async () => {
    const provider = fakeProvider([
      openAIToolCall("cal_bookings_get", GET),
      openAIChatReply({ role: "assistant", content: "Confirmed." }),
    ]);
    const { cal, calFetch } = fakeCal();
    const model = createOpenAI({ apiKey: "sk-test", fetch: provider.fetch }).chat("gpt-4.1");
    expect(await askWithAiSdk(model, cal, SCOPES, "Show it")).toBe("Confirmed.");
    expect(calFetch.requests).toHaveLength(1);
  });

  it("typed schema modules hold the 41 tools", () => {
    expect([forOpenAI.length, forAnthropic.length, forMcp.length]).toEqual([41, 41, 41]);
    expect(forGemini.functionDeclarations).toHaveLength(41);
  });

  it("selection gives the counts its comments state", () => {
    expect(selection.all).toHaveLength(41);
    expect(
      selection.reads.map((t) => t.operationId).filter((id) => id.startsWith("bookings.")),
    ).toEqual(["bookings.get", "bookings.list"]);
    expect(selection.reads.filter((t) => t.resource === "slots")).toHaveLength(4);
    expect(selection.anonymous).toHaveLength(9);
    expect(selection.readOnly).toHaveLength(15);
    expect(selection.named.map((t) => t.name)).toEqual(["cal_bookings_list", "cal_slots_list"]);
  });

  it("executor call", async () => {
    const { cal } = fakeCal();
    const result = await runToolCall(cal, "cal_bookings_get", GET, toolDefinitions);
    expect(result).toEqual({ ok: true, data: BOOKING });
  });

  it("dynamic mode: a cal_call_operation call reaches Cal.com", async () => {
    const { cal, calFetch } = fakeCal();
    const dynamic = dynamicToolsFor(SCOPES);
    expect(dynamic.tools).toHaveLength(3);
    const call = {
      id: "call_1",
      type: "function" as const,
      function: {
        name: "cal_call_operation",
        arguments: JSON.stringify({ name: "cal_bookings_get", arguments: JSON.stringify(GET) }),
      },
    };
    expect(await answerDynamicCall(dynamic, call, cal)).toEqual({ ok: true, data: BOOKING });
    expect(calFetch.requests).toHaveLength(1);
  });

  it("the Python loader reads the 41 Anthropic tools", () => {
    // Where `node_modules/@calkit/tools` is installed, as in a user's project.
    const out = execFileSync("python3", [`${packageDir}examples/load_schemas.py`], {
      cwd: fileURLToPath(new URL("../../mcp/", import.meta.url)),
      encoding: "utf8",
    });
    expect(out.trim()).toBe("41 cal_bookings_cancel");
  });
});
