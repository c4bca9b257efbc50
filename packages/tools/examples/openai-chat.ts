import type { CalClient } from "@calkit/client";
import { executeToolCall, fromOpenAIArguments, selectTools, toOpenAITools } from "@calkit/tools";
import type OpenAI from "openai";

/**
 * Runs one request to its answer. `openai` is `new OpenAI()`; `cal` is
 * `createCalClient({ oauth: { accessToken, scopes } })`; `scopes` are what the user granted.
 */
export async function askOpenAI(
  openai: OpenAI,
  cal: CalClient,
  scopes: readonly string[],
  request: string,
): Promise<string | null> {
  const tools = selectTools({ scopes }); // BOOKING_READ, BOOKING_WRITE, EVENT_TYPE_READ: 14 tools, not 41
  const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: "user", content: request }];
  for (;;) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4.1",
      messages,
      tools: toOpenAITools(tools),
      parallel_tool_calls: false, // strict schemas are only guaranteed without parallel calls
    });
    const reply = completion.choices[0]?.message;
    if (!reply) return null;
    messages.push(reply);
    if (!reply.tool_calls?.length) return reply.content;
    for (const call of reply.tool_calls) {
      if (call.type !== "function") continue;
      const args = fromOpenAIArguments(call.function.name, call.function.arguments, tools);
      const result = await executeToolCall(call.function.name, args, { client: cal, tools });
      messages.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
}
