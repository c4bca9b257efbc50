import type { CalClient } from "@calkit/client";
import { executeToolCall, selectTools, toVercelAiTools } from "@calkit/tools";
import { generateText, jsonSchema, type LanguageModel, stepCountIs } from "ai";

/** `model` is any AI SDK model, e.g. `openai("gpt-4.1")` or `anthropic("claude-sonnet-5-5")`. */
export async function askWithAiSdk(
  model: LanguageModel,
  cal: CalClient,
  scopes: readonly string[],
  prompt: string,
): Promise<string> {
  const tools = selectTools({ scopes });
  const { text } = await generateText({
    model,
    prompt,
    stopWhen: stepCountIs(5),
    tools: toVercelAiTools(tools, {
      jsonSchema,
      execute: (name, input) => executeToolCall(name, input, { client: cal, tools }),
    }),
  });
  return text;
}
