/** What each provider's API answers (only the fields the SDKs read), for `fakeProvider`. */

/** OpenAI Chat Completions: one choice holding `message`. */
export function openAIChatReply(message: Record<string, unknown>) {
  return {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1_767_225_600,
    model: "gpt-4.1",
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    choices: [
      {
        index: 0,
        finish_reason: message.tool_calls ? "tool_calls" : "stop",
        logprobs: null,
        message,
      },
    ],
  };
}

/** OpenAI Chat Completions: the assistant calls one function. */
export function openAIToolCall(name: string, args: unknown) {
  return openAIChatReply({
    role: "assistant",
    content: null,
    tool_calls: [
      { id: "call_1", type: "function", function: { name, arguments: JSON.stringify(args) } },
    ],
  });
}

/** Anthropic Messages: `content` blocks; a `tool_use` block makes the stop reason `tool_use`. */
export function anthropicMessage(content: Record<string, unknown>[]) {
  return {
    id: "msg_1",
    type: "message",
    role: "assistant",
    model: "claude-sonnet-5-5",
    content,
    stop_reason: content.some((c) => c.type === "tool_use") ? "tool_use" : "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 1, output_tokens: 1 },
  };
}

/** Gemini generateContent: one candidate with `parts`. */
export function geminiReply(parts: unknown[]) {
  return {
    candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2 },
  };
}
