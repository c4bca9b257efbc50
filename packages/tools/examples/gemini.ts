import type { CalClient } from "@calkit/client";
import { executeToolCall, fromGeminiArguments, selectTools, toGeminiTool } from "@calkit/tools";
import type { Content, GoogleGenAI, Part } from "@google/genai";

/** `ai` is `new GoogleGenAI({ apiKey })`; `cal` and `scopes` as for OpenAI. */
export async function askGemini(
  ai: GoogleGenAI,
  cal: CalClient,
  scopes: readonly string[],
  request: string,
): Promise<string | undefined> {
  const tools = selectTools({ scopes });
  const config = { tools: [toGeminiTool(tools)] }; // the SDK's Tool as it is
  const contents: Content[] = [{ role: "user", parts: [{ text: request }] }];
  for (;;) {
    const response = await ai.models.generateContent({
      model: "gemini-2.5-flash",
      contents,
      config,
    });
    const calls = response.functionCalls ?? [];
    if (!calls.length) return response.text;
    contents.push({ role: "model", parts: calls.map((functionCall) => ({ functionCall })) });
    const parts: Part[] = [];
    for (const call of calls) {
      const args = fromGeminiArguments(call.name, call.args, tools);
      const result = await executeToolCall(call.name, args, { client: cal, tools });
      parts.push({ functionResponse: { id: call.id, name: call.name, response: { ...result } } });
    }
    contents.push({ role: "user", parts });
  }
}
