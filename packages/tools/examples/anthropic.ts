import type Anthropic from "@anthropic-ai/sdk";
import type { CalClient } from "@calkit/client";
import {
  executeToolCall,
  selectTools,
  toAnthropicToolResult,
  toAnthropicTools,
} from "@calkit/tools";

/** `anthropic` is `new Anthropic()`; `cal` and `scopes` as for OpenAI. */
export async function askClaude(
  anthropic: Anthropic,
  cal: CalClient,
  scopes: readonly string[],
  request: string,
): Promise<string> {
  const tools = selectTools({ scopes });
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: request }];
  for (;;) {
    const message = await anthropic.messages.create({
      model: "claude-sonnet-5-5",
      max_tokens: 1024,
      messages,
      tools: toAnthropicTools(tools),
    });
    messages.push({ role: "assistant", content: message.content });
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of message.content) {
      if (block.type !== "tool_use") continue;
      const result = await executeToolCall(block.name, block.input, { client: cal, tools });
      results.push(toAnthropicToolResult(block.id, result));
    }
    if (!results.length)
      return message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
    messages.push({ role: "user", content: results });
  }
}
