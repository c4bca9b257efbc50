/**
 * The real `@google/genai` SDK with an injected fetch: generateContent accepts the 41 function
 * declarations (from toGeminiTool, and the typed module as it is), the request carries each one's
 * `parametersJsonSchema` unchanged (the SDK rewrites only `parameters`), and a
 * `functionCall` goes through fromGeminiArguments and executeToolCall to Cal.com and back as the
 * SDK's `functionResponse` part.
 */
import { type Content, GoogleGenAI, type Tool } from "@google/genai";
import { describe, expect, it } from "vitest";
import gemini from "../../src/generated/schemas/gemini.gen.js";
import {
  executeToolCall,
  fromGeminiArguments,
  toGeminiTool,
  toolDefinitions,
} from "../../src/index.js";
import { BOOKING, fakeCal, fakeProvider } from "./fake-provider.js";
import { geminiReply as reply } from "./replies.js";

describe("@google/genai generateContent", () => {
  it.each([
    ["toGeminiTool(defs)", toGeminiTool(toolDefinitions)],
    ["the typed module", gemini],
  ] satisfies [string, Tool][])(
    "sends %s and answers a functionCall with a functionResponse",
    async (_label, tool) => {
      const provider = fakeProvider([
        reply([
          {
            functionCall: {
              id: "fc_1",
              name: "cal_bookings_get",
              args: { bookingUid: BOOKING.uid },
            },
          },
        ]),
        reply([{ text: "Your intro call is confirmed." }]),
      ]);
      const { cal, calFetch } = fakeCal();
      const ai = new GoogleGenAI({ apiKey: "gemini-test", httpOptions: { fetch: provider.fetch } });
      const contents: Content[] = [{ role: "user", parts: [{ text: "Show it" }] }];
      const config = { tools: [tool] };
      for (;;) {
        const response = await ai.models.generateContent({
          model: "gemini-2.5-flash",
          contents,
          config,
        });
        const calls = response.functionCalls ?? [];
        if (!calls.length) break;
        contents.push({ role: "model", parts: calls.map((functionCall) => ({ functionCall })) });
        const parts = [];
        for (const call of calls) {
          const args = fromGeminiArguments(call.name, call.args);
          const result = await executeToolCall(call.name, args, { client: cal });
          parts.push({
            functionResponse: { id: call.id, name: call.name, response: { ...result } },
          });
        }
        contents.push({ role: "user", parts });
      }

      const first = provider.bodies[0] as { tools: { functionDeclarations: unknown[] }[] };
      expect(first.tools).toEqual([JSON.parse(JSON.stringify(gemini))]);
      expect(first.tools[0]?.functionDeclarations).toHaveLength(41);
      expect(
        first.tools[0]?.functionDeclarations.every((d) => !("parameters" in (d as object))),
      ).toBe(true);
      expect(calFetch.requests.map((r) => new URL(r.url).pathname)).toEqual([
        `/v2/bookings/${BOOKING.uid}`,
      ]);
      const second = provider.bodies[1] as { contents: { parts: unknown[] }[] };
      expect(second.contents.at(-1)?.parts).toEqual([
        {
          functionResponse: {
            id: "fc_1",
            name: "cal_bookings_get",
            response: { ok: true, data: BOOKING },
          },
        },
      ]);
    },
  );
});
