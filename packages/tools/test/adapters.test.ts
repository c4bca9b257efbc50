/**
 * The format adapters against each provider's documented rules (validators in ./format-rules,
 * written from the providers' documentation), the argument round trips of the formats that encode
 * arguments (OpenAI strict; Gemini's closed form, as the executor reads it), and the neutral input schemas against the spec's own
 * examples.
 */
import { readFileSync } from "node:fs";
import { OPERATION_COUNT } from "@calkit/client";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
// Relative import (not "@calkit/spec") so `tsc -p packages/tools` resolves it too; vitest's alias
// points that name at the same source.
import { listOperations, loadSpec } from "../../../spec/src/index";
import { coerceArguments } from "../src/coerce.js";
import {
  formatSchemas,
  fromGeminiArguments,
  fromOpenAIArguments,
  type ToolDefinition,
  toAnthropicTools,
  toGeminiTool,
  toMcpTools,
  toOpenAIResponsesTools,
  toOpenAIStrictSchema,
  toOpenAITools,
  toolDefinitions,
  toVercelAiTools,
  UnsupportedSchemaError,
} from "../src/index.js";
import { validateAnthropicTools } from "./format-rules/anthropic";
import { validateGeminiTool } from "./format-rules/gemini";
import { validateMcpTools } from "./format-rules/mcp";
import {
  validateOpenAIChatTools,
  validateOpenAIResponsesTools,
} from "./format-rules/openai-strict";
import type { Violation } from "./format-rules/violation";

type Json = Record<string, unknown>;

// ajv-formats is CommonJS; under ESM its function may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const byName = new Map(toolDefinitions.map((d) => [d.name, d]));
function definition(name: string): ToolDefinition {
  const found = byName.get(name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(schema: Json): string[] {
  if (typeof schema.type === "string") return [schema.type];
  return Array.isArray(schema.type) ? (schema.type as string[]) : [];
}

/** Free-form in the sense both encoding formats use: an object without listed keys. */
function freeForm(schema: Json): boolean {
  const types = typesOf(schema).filter((t) => t !== "null");
  return (
    types.length === 1 &&
    types[0] === "object" &&
    !(isRecord(schema.properties) && Object.keys(schema.properties).length > 0)
  );
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function rules(violations: Violation[]): string[] {
  return [...new Set(violations.map((v) => v.rule))];
}

// ---------------------------------------------------------------------------------------------
// The spec's own examples, as tool arguments.

interface Example {
  tool: string;
  label: string;
  args: Json;
}

function specExamples(): Example[] {
  const out: Example[] = [];
  const byOperation = new Map(toolDefinitions.map((d) => [d.operationId, d]));
  for (const op of listOperations(loadSpec())) {
    const d = byOperation.get(op.id);
    if (!d) throw new Error(`no tool for operation ${op.id}`);
    const allowed = new Set([...d.arguments.path, ...d.arguments.query, ...d.arguments.body]);
    const params: Json = {};
    for (const p of (op.operation.parameters ?? []) as Json[]) {
      if (p.in === "header" || typeof p.name !== "string" || !allowed.has(p.name)) continue;
      const named = isRecord(p.examples) ? Object.values(p.examples).find(isRecord) : undefined;
      const value = "example" in p ? p.example : named?.value;
      if (value !== undefined) params[p.name] = value;
    }
    const requestBody = op.operation.requestBody as Json | undefined;
    const content = isRecord(requestBody?.content)
      ? (requestBody.content["application/json"] as Json | undefined)
      : undefined;
    const bodies: [string, unknown][] = [];
    if (content && "example" in content) bodies.push(["example", content.example]);
    if (content && isRecord(content.examples)) {
      for (const [name, ex] of Object.entries(content.examples))
        if (isRecord(ex) && "value" in ex) bodies.push([name, ex.value]);
    }
    if (bodies.length === 0) bodies.push(["parameters", undefined]);
    for (const [label, body] of bodies) {
      const args: Json = { ...params };
      if (isRecord(body))
        for (const [key, value] of Object.entries(body)) if (allowed.has(key)) args[key] = value;
      out.push({ tool: d.name, label, args });
    }
  }
  return out;
}

const examples = specExamples();

/** Hand-made arguments reaching what the spec's examples leave out: nested optionals, arrays of objects, free-form objects. */
const samples: Example[] = [
  {
    tool: "cal_bookings_create",
    label: "nested and free-form",
    args: {
      start: "2026-12-01T15:00:00Z",
      attendee: { name: "Ada Lovelace", timeZone: "Europe/London", language: "en" },
      eventTypeSlug: "intro",
      username: "ada",
      location: { type: "attendeePhone", phone: "+441234567890" },
      metadata: { source: "calkit", nested: { deep: [1, 2] } },
      bookingFieldsResponses: { notes: "Agenda attached." },
      guests: [],
    },
  },
  {
    tool: "cal_event_types_create",
    label: "array of objects",
    args: {
      title: "Intro call",
      slug: "intro-call",
      lengthInMinutes: 30,
      locations: [
        { type: "integration", integration: "cal-video" },
        { type: "address", address: "1 Main St", public: true },
      ],
    },
  },
  {
    tool: "cal_me_update",
    label: "free-form and numeric enum",
    args: { timeFormat: 24, metadata: {} },
  },
  { tool: "cal_me_get", label: "no arguments", args: {} },
];

// ---------------------------------------------------------------------------------------------

describe("the neutral definitions", () => {
  it("cover the operations", () => {
    expect(toolDefinitions).toHaveLength(OPERATION_COUNT);
  });

  it("have names matching [a-zA-Z0-9_-]{1,64}, unique, in every format", () => {
    const names = toolDefinitions.map((d) => d.name);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(new Set(names).size).toBe(names.length);
    const formats = formatSchemas(toolDefinitions);
    expect(formats.openai.map((t) => t.function.name)).toEqual(names);
    expect(formats.anthropic.map((t) => t.name)).toEqual(names);
    expect(formats.gemini.functionDeclarations.map((t) => t.name)).toEqual(names);
    expect(formats.mcp.map((t) => t.name)).toEqual(names);
    expect(Object.keys(toVercelAiTools(toolDefinitions, { jsonSchema: (s) => s }))).toEqual(names);
  });
});

describe("every tool in every format passes that format's documented rules", () => {
  it("OpenAI Chat Completions, strict", () => {
    expect(validateOpenAIChatTools(toOpenAITools(toolDefinitions))).toEqual([]);
  });
  it("OpenAI Responses, strict", () => {
    expect(validateOpenAIResponsesTools(toOpenAIResponsesTools(toolDefinitions))).toEqual([]);
  });
  it("Anthropic", () => {
    expect(validateAnthropicTools(toAnthropicTools(toolDefinitions))).toEqual([]);
  });
  it("Gemini", () => {
    expect(validateGeminiTool(toGeminiTool(toolDefinitions))).toEqual([]);
  });
  it("MCP", () => {
    expect(validateMcpTools(toMcpTools(toolDefinitions))).toEqual([]);
    const lean = toMcpTools(toolDefinitions, { outputSchema: false });
    expect(validateMcpTools(lean)).toEqual([]);
    expect(lean.some((t) => "outputSchema" in t)).toBe(false);
  });
  it("Vercel AI SDK: { description, inputSchema: jsonSchema(neutral), execute? } per name", async () => {
    const seen: unknown[] = [];
    const calls: unknown[][] = [];
    const tools = toVercelAiTools(toolDefinitions, {
      jsonSchema: (schema) => {
        seen.push(schema);
        return { wrapped: schema };
      },
      execute: (name, input, options) => {
        calls.push([name, input, options]);
        return { ok: true };
      },
    });
    expect(seen).toEqual(toolDefinitions.map((d) => d.inputSchema));
    for (const d of toolDefinitions) {
      const tool = tools[d.name];
      expect(Object.keys(tool ?? {}).sort()).toEqual(["description", "execute", "inputSchema"]);
      expect(tool?.description).toBe(d.description);
      expect(tool?.inputSchema).toEqual({ wrapped: d.inputSchema });
    }
    await expect(tools.cal_me_get?.execute?.({}, { toolCallId: "call_1" })).resolves.toEqual({
      ok: true,
    });
    expect(calls).toEqual([["cal_me_get", {}, { toolCallId: "call_1" }]]);
    const declarationsOnly = toVercelAiTools(toolDefinitions, { jsonSchema: (s) => s });
    expect(Object.values(declarationsOnly).every((t) => !("execute" in t))).toBe(true);
  });

  it("every strict schema and every MCP/Anthropic schema compiles with ajv 2020", () => {
    for (const tool of toOpenAITools(toolDefinitions))
      expect(() => ajv.compile(tool.function.parameters)).not.toThrow();
    for (const tool of toMcpTools(toolDefinitions)) {
      expect(tool.outputSchema?.type).toBe("object");
      expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
      expect(() => ajv.compile(tool.outputSchema ?? {})).not.toThrow();
    }
  });

  it("a tool without arguments has an empty closed MCP input schema, not a key/value list", () => {
    const noArguments = toolDefinitions.filter(
      (d) => Object.keys(d.inputSchema.properties ?? {}).length === 0,
    );
    expect(noArguments.map((d) => d.name)).toContain("cal_me_get");
    for (const tool of toMcpTools(noArguments))
      expect(tool.inputSchema).toEqual({
        type: "object",
        properties: {},
        required: [],
        additionalProperties: false,
      });
  });

  it("schemas/*.json hold exactly what the adapters produce", () => {
    const formats = formatSchemas(toolDefinitions);
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(`../schemas/${file}`, import.meta.url), "utf8"));
    expect(read("openai.json")).toEqual(formats.openai);
    expect(read("anthropic.json")).toEqual(formats.anthropic);
    expect(read("gemini.json")).toEqual(formats.gemini);
    expect(read("mcp.json")).toEqual(formats.mcp);
    expect(read("neutral.json")).toEqual(toolDefinitions);
    expect(JSON.stringify(formatSchemas(toolDefinitions))).toBe(JSON.stringify(formats));
  });
});

// ---------------------------------------------------------------------------------------------
// The validators catch hand-made bad tools.

type Mutation = [label: string, mutate: (tool: Json) => void, rule: string];

function openaiBase(): Json {
  return clone(toOpenAITools([definition("cal_bookings_create")])[0]) as unknown as Json;
}
function params(tool: Json): Json {
  return (tool.function as Json).parameters as Json;
}
function props(schema: Json): Json {
  return schema.properties as Json;
}
function nested(depth: number): Json {
  let node: Json = { type: "string" };
  for (let i = 0; i < depth; i++)
    node = {
      type: "object",
      properties: { child: node },
      required: ["child"],
      additionalProperties: false,
    };
  return node;
}

describe("the OpenAI strict validator catches", () => {
  const cases: Mutation[] = [
    [
      "an optional property left out of `required`",
      (t) => {
        params(t).required = ["start", "attendee"];
      },
      "openai/required",
    ],
    [
      "a nested optional property left out of `required`",
      (t) => {
        (props(params(t)).attendee as Json).required = ["name"];
      },
      "openai/required",
    ],
    [
      "an object without additionalProperties: false",
      (t) => {
        delete (props(params(t)).attendee as Json).additionalProperties;
      },
      "openai/additional-properties",
    ],
    [
      "a free-form object",
      (t) => {
        props(params(t)).metadata = { type: "object" };
      },
      "openai/additional-properties",
    ],
    [
      "a `default`",
      (t) => {
        (props(params(t)).start as Json).default = "now";
      },
      "openai/keyword",
    ],
    [
      "`minLength`",
      (t) => {
        (props(params(t)).start as Json).minLength = 1;
      },
      "openai/keyword",
    ],
    [
      "`allOf`",
      (t) => {
        props(params(t)).start = { allOf: [{ type: "string" }] };
      },
      "openai/keyword",
    ],
    [
      "`oneOf`",
      (t) => {
        props(params(t)).start = { oneOf: [{ type: "string" }, { type: "null" }] };
      },
      "openai/keyword",
    ],
    [
      "`patternProperties`",
      (t) => {
        params(t).patternProperties = { "^x": { type: "string" } };
      },
      "openai/keyword",
    ],
    [
      "an unsupported format",
      (t) => {
        (props(params(t)).start as Json).format = "uri";
      },
      "openai/format",
    ],
    [
      "a root that is not an object",
      (t) => {
        (t.function as Json).parameters = { type: "string" };
      },
      "openai/root-object",
    ],
    [
      "a root anyOf",
      (t) => {
        (t.function as Json).parameters = { anyOf: [params(t)] };
      },
      "openai/root-object",
    ],
    [
      "a bad name",
      (t) => {
        (t.function as Json).name = "cal bookings create";
      },
      "openai/name",
    ],
    [
      "a name over 64 characters",
      (t) => {
        (t.function as Json).name = "x".repeat(65);
      },
      "openai/name",
    ],
    [
      "strict not set",
      (t) => {
        delete (t.function as Json).strict;
      },
      "openai/strict",
    ],
    [
      "a $ref that does not resolve",
      (t) => {
        props(params(t)).start = { $ref: "#/$defs/missing" };
      },
      "openai/ref",
    ],
    [
      "an array without items",
      (t) => {
        delete (props(params(t)).guests as Json).items;
      },
      "openai/items",
    ],
    [
      "a schema without a type",
      (t) => {
        props(params(t)).start = { description: "anything" };
      },
      "openai/type",
    ],
    [
      "an enum value its type forbids",
      (t) => {
        ((props(params(t)).location as Json).properties as Json).type = {
          type: "string",
          enum: ["link", null],
        };
      },
      "openai/enum",
    ],
    [
      "more than 10 levels of nesting",
      (t) => {
        props(params(t)).deep = nested(11);
      },
      "openai/limit-depth",
    ],
    [
      "more than 1000 enum values",
      (t) => {
        props(params(t)).start = {
          type: "string",
          enum: Array.from({ length: 1001 }, (_, i) => `v${i}`),
        };
      },
      "openai/limit-enum-values",
    ],
    [
      "more than 5000 properties",
      (t) => {
        const many = Object.fromEntries(
          Array.from({ length: 5001 }, (_, i) => [`p${i}`, { type: "string" }]),
        );
        params(t).properties = many;
        params(t).required = Object.keys(many);
      },
      "openai/limit-properties",
    ],
    [
      "more than 120,000 characters of names and enum values",
      (t) => {
        props(params(t)).start = {
          type: "string",
          enum: Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(700, "x")),
        };
      },
      "openai/limit-string-length",
    ],
  ];
  it.each(cases)("%s", (_label, mutate, rule) => {
    const tool = openaiBase();
    mutate(tool);
    // Keep `required` complete for additions, so only the rule under test fires.
    const p = params(tool);
    if (
      isRecord(p.properties) &&
      Array.isArray(p.required) &&
      rule !== "openai/required" &&
      rule !== "openai/root-object"
    )
      p.required = Object.keys(p.properties);
    expect(rules(validateOpenAIChatTools([tool]))).toContain(rule);
  });
  it("duplicate names", () => {
    expect(rules(validateOpenAIChatTools([openaiBase(), openaiBase()]))).toEqual([
      "openai/unique-name",
    ]);
  });
  it("a Responses tool missing its fields", () => {
    const [tool] = toOpenAIResponsesTools([definition("cal_me_get")]);
    const bad = { ...tool, strict: false, name: "" };
    expect(rules(validateOpenAIResponsesTools([bad]))).toEqual(["openai/name", "openai/strict"]);
  });
  it("and accepts the documented examples' shapes", () => {
    // The guide's get_weather example with a nullable optional unit.
    const weather = {
      type: "function",
      function: {
        name: "get_weather",
        description: "Fetches the weather in the given location",
        strict: true,
        parameters: {
          type: "object",
          properties: {
            location: { type: "string", description: "The location to get the weather for" },
            unit: {
              type: ["string", "null"],
              description: "The unit to return the temperature in",
              enum: ["F", "C", null],
            },
          },
          additionalProperties: false,
          required: ["location", "unit"],
        },
      },
    };
    expect(validateOpenAIChatTools([weather])).toEqual([]);
  });
});

function geminiBase(): Json {
  return clone(toGeminiTool([definition("cal_bookings_create")])) as unknown as Json;
}
function declaration(tool: Json): Json {
  return (tool.functionDeclarations as Json[])[0] as Json;
}
function gSchema(tool: Json): Json {
  return declaration(tool).parametersJsonSchema as Json;
}

describe("the Gemini validator catches", () => {
  const cases: Mutation[] = [
    [
      "a name starting with a digit",
      (t) => {
        declaration(t).name = "1cal";
      },
      "gemini/name",
    ],
    [
      "a name over 128 characters",
      (t) => {
        declaration(t).name = "c".repeat(129);
      },
      "gemini/name",
    ],
    [
      "a missing description",
      (t) => {
        delete declaration(t).description;
      },
      "gemini/description",
    ],
    [
      "a schema that is not an object's",
      (t) => {
        declaration(t).parametersJsonSchema = { type: "string" };
      },
      "gemini/parameters-object",
    ],
    [
      "Gemini's own Schema in place of JSON Schema",
      (t) => {
        gSchema(t).type = "OBJECT";
      },
      "gemini/parameters-object",
    ],
    [
      "both parameters and parametersJsonSchema",
      (t) => {
        declaration(t).parameters = { type: "OBJECT", properties: {} };
      },
      "gemini/exclusive",
    ],
    [
      "a parameter name with a dash",
      (t) => {
        props(gSchema(t))["event-type"] = { type: "string" };
      },
      "gemini/parameter-name",
    ],
    [
      "invalid JSON Schema",
      (t) => {
        gSchema(t).required = [1];
      },
      "gemini/json-schema",
    ],
    [
      "an unknown declaration field",
      (t) => {
        declaration(t).strict = true;
      },
      "gemini/shape",
    ],
  ];
  it.each(cases)("%s", (_label, mutate, rule) => {
    const tool = geminiBase();
    mutate(tool);
    expect(rules(validateGeminiTool(tool))).toContain(rule);
  });
  it("duplicate names", () => {
    const tool = geminiBase();
    (tool.functionDeclarations as Json[]).push(clone(declaration(tool)));
    expect(rules(validateGeminiTool(tool))).toEqual(["gemini/unique-name"]);
  });
});

function anthropicBase(): Json {
  return clone(toAnthropicTools([definition("cal_bookings_create")])[0]) as unknown as Json;
}

describe("the Anthropic validator catches", () => {
  const cases: Mutation[] = [
    [
      "a bad name",
      (t) => {
        t.name = "cal.bookings.create";
      },
      "anthropic/name",
    ],
    [
      "a name over 64 characters",
      (t) => {
        t.name = "n".repeat(65);
      },
      "anthropic/name",
    ],
    [
      "a non-object root",
      (t) => {
        (t.input_schema as Json).type = "array";
      },
      "anthropic/input-schema",
    ],
    [
      "a missing input_schema",
      (t) => {
        delete t.input_schema;
      },
      "anthropic/input-schema",
    ],
    [
      "invalid JSON Schema",
      (t) => {
        ((t.input_schema as Json).properties as Json).start = { type: "text" };
      },
      "anthropic/json-schema",
    ],
    [
      "`required` that is not a list",
      (t) => {
        (t.input_schema as Json).required = "start";
      },
      "anthropic/input-schema",
    ],
    [
      "OpenAI's shape",
      (t) => {
        t.parameters = t.input_schema;
      },
      "anthropic/shape",
    ],
    [
      "a missing description",
      (t) => {
        delete t.description;
      },
      "anthropic/description",
    ],
  ];
  it.each(cases)("%s", (_label, mutate, rule) => {
    const tool = anthropicBase();
    mutate(tool);
    expect(rules(validateAnthropicTools([tool]))).toContain(rule);
  });
  it("duplicate names", () => {
    expect(rules(validateAnthropicTools([anthropicBase(), anthropicBase()]))).toEqual([
      "anthropic/unique-name",
    ]);
  });
});

function mcpBase(): Json {
  return clone(toMcpTools([definition("cal_bookings_list")])[0]) as unknown as Json;
}

describe("the MCP validator catches", () => {
  const cases: Mutation[] = [
    [
      "a non-object inputSchema root",
      (t) => {
        (t.inputSchema as Json).type = "string";
      },
      "mcp/schema-object",
    ],
    [
      "a non-object outputSchema root",
      (t) => {
        t.outputSchema = { type: "array", items: {} };
      },
      "mcp/schema-object",
    ],
    [
      "a missing inputSchema",
      (t) => {
        delete t.inputSchema;
      },
      "mcp/schema",
    ],
    [
      "an unknown annotation",
      (t) => {
        (t.annotations as Json).dangerous = true;
      },
      "mcp/annotations",
    ],
    [
      "a non-boolean hint",
      (t) => {
        (t.annotations as Json).readOnlyHint = "yes";
      },
      "mcp/annotations",
    ],
    [
      "a name with a space",
      (t) => {
        t.name = "list bookings";
      },
      "mcp/name",
    ],
    [
      "a non-string title",
      (t) => {
        t.title = 3;
      },
      "mcp/shape",
    ],
    [
      "a field from another format",
      (t) => {
        t.input_schema = t.inputSchema;
      },
      "mcp/shape",
    ],
    [
      "invalid JSON Schema",
      (t) => {
        (t.inputSchema as Json).required = [1];
      },
      "mcp/schema",
    ],
    [
      "a property that is not a schema",
      (t) => {
        ((t.inputSchema as Json).properties as Json).take = 5;
      },
      "mcp/schema",
    ],
  ];
  it.each(cases)("%s", (_label, mutate, rule) => {
    const tool = mcpBase();
    mutate(tool);
    expect(rules(validateMcpTools([tool]))).toContain(rule);
  });
  it("duplicate names", () => {
    expect(rules(validateMcpTools([mcpBase(), mcpBase()]))).toEqual(["mcp/unique-name"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Arguments: what a model sends in each encoding format comes back neutral.

/** What a model following the strict schema sends: every property present, left-out ones null, free-form objects as JSON text. */
function asOpenAIModelSends(schema: Json, value: unknown, root = false): unknown {
  if (!root && freeForm(schema) && value !== null) return JSON.stringify(value);
  if (Array.isArray(value) && isRecord(schema.items))
    return value.map((item) => asOpenAIModelSends(schema.items as Json, item));
  if (isRecord(value) && isRecord(schema.properties)) {
    const out: Json = {};
    for (const [key, sub] of Object.entries(schema.properties))
      out[key] = key in value ? asOpenAIModelSends(sub as Json, value[key]) : null;
    return out;
  }
  return value;
}

/** What a model following the closed (MCP, Gemini) schema sends: open objects as key/value pairs. */
function asClosedModelSends(schema: Json, value: unknown, root = false): unknown {
  if (!root && freeForm(schema) && isRecord(value))
    return Object.entries(value).map(([key, v]) => ({ key, value: v }));
  if (Array.isArray(value) && isRecord(schema.items))
    return value.map((item) => asClosedModelSends(schema.items as Json, item));
  if (isRecord(value) && isRecord(schema.properties)) {
    const properties = schema.properties;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        isRecord(properties[k]) ? asClosedModelSends(properties[k] as Json, v) : v,
      ]),
    );
  }
  return value;
}

const argumentCases = [...examples, ...samples].map((e) => [`${e.tool} (${e.label})`, e] as const);

describe("OpenAI strict round trip: neutral → what the model sends → fromOpenAIArguments → neutral", () => {
  it.each(argumentCases)("%s", (_label, { tool, args }) => {
    const d = definition(tool);
    const sent = asOpenAIModelSends(d.inputSchema, args, true);
    const strict = ajv.compile(toOpenAIStrictSchema(d));
    expect(strict(sent), JSON.stringify(strict.errors)).toBe(true);
    expect(fromOpenAIArguments(tool, sent)).toEqual(args);
    expect(fromOpenAIArguments(tool, JSON.stringify(sent))).toEqual(args);
  });

  it("treats null on an optional argument as left out, even where the neutral schema accepts null", () => {
    // An update must not clear a field the model did not mean to touch.
    const sent = asOpenAIModelSends(
      definition("cal_org_users_update").inputSchema,
      { orgId: 1, userId: 2 },
      true,
    ) as Json;
    expect(sent.locale).toBeNull();
    expect(fromOpenAIArguments("cal_org_users_update", sent)).toEqual({ orgId: 1, userId: 2 });
  });

  it("leaves what it cannot decode for the executor to report", () => {
    expect(fromOpenAIArguments("cal_unknown", { a: 1 })).toEqual({ a: 1 });
    expect(fromOpenAIArguments("cal_me_get", "{not json")).toBe("{not json");
    const decoded = fromOpenAIArguments("cal_me_update", { metadata: "{broken", timeFormat: null });
    expect(decoded).toEqual({ metadata: "{broken" });
    const validate = ajv.compile(definition("cal_me_update").inputSchema);
    expect(validate(decoded)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain("/metadata");
    expect(fromOpenAIArguments("cal_me_update", { metadata: "[1]" })).toEqual({ metadata: "[1]" });
    expect(fromOpenAIArguments("cal_me_update", { metadata: "" })).toEqual({});
    expect(fromOpenAIArguments("cal_me_update", { unexpected: 1 })).toEqual({ unexpected: 1 });
  });
});

describe("Gemini round trip: neutral → what the model sends → fromGeminiArguments → executor's reading → neutral", () => {
  const tool = toGeminiTool(toolDefinitions);
  const declarations = new Map(tool.functionDeclarations.map((d) => [d.name, d]));
  // The closed form spells an open object as { key, value } pairs with scalar values, and the
  // executor reads only a non-empty list back: a nested value or an empty object has no spelling
  // there (the same holds for MCP). These two samples have one; a flat one stands in for them.
  const noClosedSpelling = [
    "cal_bookings_create (nested and free-form)",
    "cal_me_update (free-form and numeric enum)",
  ];
  const flat = {
    tool: "cal_bookings_create",
    label: "flat free-form",
    args: {
      start: "2026-12-01T15:00:00Z",
      attendee: { name: "Ada Lovelace", timeZone: "Europe/London" },
      eventTypeId: 42,
      metadata: { source: "calkit", seats: 2, vip: true },
      bookingFieldsResponses: { notes: "Agenda attached." },
    },
  };
  const cases = [
    ...argumentCases.filter(([label]) => !noClosedSpelling.includes(label)),
    [`${flat.tool} (${flat.label})`, flat] as const,
  ];
  it.each(cases)("%s", (_label, { tool: name, args }) => {
    const d = definition(name);
    const sent = asClosedModelSends(d.inputSchema, args, true);
    const fits = ajv.compile(declarations.get(name)?.parametersJsonSchema ?? false);
    expect(fits(sent), JSON.stringify(fits.errors)).toBe(true);
    const decoded = fromGeminiArguments(name, sent) as Json;
    expect(coerceArguments(d.inputSchema, decoded).args).toEqual(args);
  });

  it("keeps a null the model chose where the neutral schema accepts one, drops it where it does not", () => {
    expect(
      fromGeminiArguments("cal_org_users_update", {
        orgId: 1,
        userId: 2,
        locale: null,
        timeZone: null,
      }),
    ).toEqual({ orgId: 1, userId: 2, locale: null });
  });
});

// ---------------------------------------------------------------------------------------------
// The neutral input schemas against the spec's examples and obviously wrong input.

const WRONG: Record<string, unknown> = {
  string: 12345,
  number: "twelve",
  integer: "seven",
  boolean: "yes",
  array: "a, b",
  object: 7,
};

/** A value of a JSON type the schema does not allow, or undefined when it allows any. */
function wrongValueFor(schema: Json): unknown {
  if (freeForm(schema)) return "not an object";
  const types = typesOf(schema);
  if (types.length === 0) return undefined;
  if (Array.isArray(schema.enum) && types.includes("string"))
    return "definitely-not-one-of-the-values";
  for (const [type, value] of Object.entries(WRONG)) {
    if (types.includes(type)) continue;
    const valueType = typeof value === "number" ? "number" : typeof value;
    if (!types.includes(valueType) && !(valueType === "number" && types.includes("integer")))
      return value;
  }
  return undefined;
}

describe("every neutral input schema accepts the spec's own examples", () => {
  it("finds an example for every operation", () => {
    expect(new Set(examples.map((e) => e.tool)).size).toBe(OPERATION_COUNT);
  });
  it.each(examples.map((e) => [`${e.tool} (${e.label})`, e] as const))(
    "%s",
    (_label, { tool, args }) => {
      const validate = ajv.compile(definition(tool).inputSchema);
      expect(validate(args), JSON.stringify(validate.errors)).toBe(true);
    },
  );
});

describe("every neutral input schema rejects obviously wrong input", () => {
  const base = new Map<string, Json>();
  for (const e of examples) if (!base.has(e.tool)) base.set(e.tool, e.args);
  it.each(toolDefinitions.map((d) => [d.name, d] as const))("%s", (name, d) => {
    const validate = ajv.compile(d.inputSchema);
    const args = base.get(name) ?? {};
    for (const notAnObject of ["bookings", 42, null, [args]])
      expect(validate(notAnObject)).toBe(false);
    for (const field of (d.inputSchema.required ?? []) as string[]) {
      const { [field]: _drop, ...missing } = args;
      expect(validate(missing), `without ${field}`).toBe(false);
      expect(
        validate.errors?.some(
          (e) => e.keyword === "required" && e.params.missingProperty === field,
        ),
      ).toBe(true);
    }
    for (const [field, sub] of Object.entries(d.inputSchema.properties as Json)) {
      const wrong = wrongValueFor(sub as Json);
      if (wrong === undefined) continue;
      expect(validate({ ...args, [field]: wrong }), `${field}: ${JSON.stringify(wrong)}`).toBe(
        false,
      );
      expect(validate.errors?.some((e) => e.instancePath.startsWith(`/${field}`))).toBe(true);
    }
  });
});

describe("adapters refuse what a format cannot express", () => {
  const broken: ToolDefinition = {
    ...definition("cal_me_get"),
    inputSchema: { type: "object", properties: { when: { allOf: [{ type: "string" }] } } },
  };
  it("OpenAI strict throws UnsupportedSchemaError naming the tool and the place", () => {
    expect(() => toOpenAITools([broken])).toThrow(UnsupportedSchemaError);
    expect(() => toOpenAITools([broken])).toThrow("cal_me_get: /properties/when");
  });
  it("OpenAI strict translates oneOf, const, numeric enums and type lists instead of refusing them", () => {
    const d: ToolDefinition = {
      ...definition("cal_me_get"),
      inputSchema: {
        type: "object",
        properties: {
          either: { oneOf: [{ type: "string" }, { type: "number" }] },
          fixed: { const: "yes" },
          hours: { type: "number", enum: [12, 24] },
          maybe: { type: ["string", "null"] },
          list: { type: ["string", "number"] },
        },
        required: ["fixed"],
      },
    };
    expect(validateOpenAIChatTools(toOpenAITools([d]))).toEqual([]);
    const strict = toOpenAIStrictSchema(d) as Json;
    expect(props(strict).either).toEqual({
      anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }],
    });
    expect(props(strict).fixed).toEqual({ type: "string", enum: ["yes"] });
    expect(props(strict).hours).toEqual({ type: ["number", "null"], enum: [12, 24, null] });
  });
});
