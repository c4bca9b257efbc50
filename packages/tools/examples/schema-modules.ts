import type Anthropic from "@anthropic-ai/sdk";
import anthropicTools from "@calkit/tools/schemas/anthropic";
import geminiTool from "@calkit/tools/schemas/gemini";
import mcpTools from "@calkit/tools/schemas/mcp";
import openaiTools from "@calkit/tools/schemas/openai";
import type { Tool as GeminiTool } from "@google/genai";
import type { Tool as McpTool } from "@modelcontextprotocol/sdk/types.js";
import type OpenAI from "openai";

// The data of schemas/*.json, typed: each fits its SDK's type without a cast.
export const forOpenAI: OpenAI.ChatCompletionTool[] = openaiTools;
export const forAnthropic: Anthropic.ToolUnion[] = anthropicTools;
export const forGemini: GeminiTool = geminiTool; // one entry of config.tools
export const forMcp: McpTool[] = mcpTools;
