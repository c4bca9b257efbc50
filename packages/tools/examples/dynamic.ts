import type { CalClient } from "@calkit/client";
import {
  createDynamicTools,
  fromOpenAIArguments,
  selectTools,
  type ToolCallResult,
  toOpenAITools,
} from "@calkit/tools";
import type OpenAI from "openai";

export function dynamicToolsFor(scopes: readonly string[]) {
  const dynamic = createDynamicTools(selectTools({ scopes })); // over any selection
  return { dynamic, tools: toOpenAITools(dynamic.definitions) }; // any adapter works on them
}

/** On a tool call: the same loop as above, with `dynamic.handle` in place of executeToolCall. */
export function answerDynamicCall(
  { dynamic }: ReturnType<typeof dynamicToolsFor>,
  call: OpenAI.ChatCompletionMessageFunctionToolCall,
  cal: CalClient,
): Promise<ToolCallResult> {
  const args = fromOpenAIArguments(
    call.function.name,
    call.function.arguments,
    dynamic.definitions,
  );
  return dynamic.handle(call.function.name, args, { client: cal });
}
