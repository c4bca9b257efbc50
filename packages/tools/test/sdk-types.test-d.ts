/**
 * Each adapter's output, and each typed schema module, against the provider SDKs' own types,
 * without casts (run by vitest's typecheck under tsconfig.test.json). Nothing here runs.
 */
import type Anthropic from "@anthropic-ai/sdk";
import type { FunctionCall, FunctionDeclaration, Tool as GeminiSdkTool } from "@google/genai";
import type { Tool as McpSdkTool } from "@modelcontextprotocol/sdk/types.js";
import { type generateText, jsonSchema } from "ai";
import type OpenAI from "openai";
import { describe, expectTypeOf, it } from "vitest";
import anthropicSchemas from "../src/generated/schemas/anthropic.gen.js";
import geminiSchemas from "../src/generated/schemas/gemini.gen.js";
import mcpSchemas from "../src/generated/schemas/mcp.gen.js";
import openaiSchemas from "../src/generated/schemas/openai.gen.js";
import {
  executeToolCall,
  fromGeminiArguments,
  type ToolCallResult,
  toAnthropicToolResult,
  toAnthropicTools,
  toGeminiFunctionDeclarations,
  toGeminiTool,
  toMcpTools,
  toOpenAIResponsesTools,
  toOpenAITools,
  toolDefinitions,
  toVercelAiTools,
} from "../src/index.js";

declare const result: ToolCallResult;
declare const call: FunctionCall;
declare const client: Parameters<typeof executeToolCall>[2]["client"];

describe("OpenAI (openai)", () => {
  it("Chat Completions tools and the typed module are ChatCompletionTool[]", () => {
    expectTypeOf(toOpenAITools(toolDefinitions)).toExtend<OpenAI.ChatCompletionTool[]>();
    expectTypeOf(openaiSchemas).toExtend<OpenAI.ChatCompletionTool[]>();
  });
  it("Responses tools are the Responses API's Tool[]", () => {
    expectTypeOf(toOpenAIResponsesTools(toolDefinitions)).toExtend<OpenAI.Responses.Tool[]>();
  });
});

describe("Anthropic (@anthropic-ai/sdk)", () => {
  it("tools and the typed module are Messages ToolUnion[]", () => {
    expectTypeOf(toAnthropicTools(toolDefinitions)).toExtend<Anthropic.ToolUnion[]>();
    expectTypeOf(anthropicSchemas).toExtend<Anthropic.ToolUnion[]>();
  });
  it("a tool result is a ToolResultBlockParam", () => {
    expectTypeOf(
      toAnthropicToolResult("toolu_1", result),
    ).toExtend<Anthropic.ToolResultBlockParam>();
  });
});

describe("Gemini (@google/genai)", () => {
  it("the tool and the typed module are a Tool, the declarations FunctionDeclaration[]", () => {
    expectTypeOf(toGeminiTool(toolDefinitions)).toExtend<GeminiSdkTool>();
    expectTypeOf(geminiSchemas).toExtend<GeminiSdkTool>();
    expectTypeOf(toGeminiFunctionDeclarations(toolDefinitions)).toExtend<FunctionDeclaration[]>();
  });
  it("they fit as they are written in a request's config", () => {
    const tools: GeminiSdkTool[] = [toGeminiTool(toolDefinitions), geminiSchemas];
    const declarations: FunctionDeclaration[] = geminiSchemas.functionDeclarations;
    expectTypeOf(tools).toExtend<GeminiSdkTool[]>();
    expectTypeOf(declarations).toExtend<FunctionDeclaration[]>();
  });
  it("fromGeminiArguments takes the SDK's optional call.name", () => {
    expectTypeOf(fromGeminiArguments).toBeCallableWith(call.name, call.args, toolDefinitions);
    expectTypeOf(executeToolCall).toBeCallableWith(call.name, call.args, { client });
  });
});

describe("MCP (@modelcontextprotocol/sdk)", () => {
  it("tools and the typed module are the SDK's Tool[]", () => {
    expectTypeOf(toMcpTools(toolDefinitions)).toExtend<McpSdkTool[]>();
    expectTypeOf(toMcpTools(toolDefinitions, { outputSchema: false })).toExtend<McpSdkTool[]>();
    expectTypeOf(mcpSchemas).toExtend<McpSdkTool[]>();
  });
});

describe("Vercel AI SDK (ai)", () => {
  it("toVercelAiTools with the SDK's jsonSchema is generateText's tools", () => {
    const tools = toVercelAiTools(toolDefinitions, {
      jsonSchema,
      execute: (name, input) => executeToolCall(name, input, { client }),
    });
    expectTypeOf(tools).toExtend<NonNullable<Parameters<typeof generateText>[0]["tools"]>>();
  });
});
