/**
 * Property-based fuzzing of executeToolCall's argument handling (fast-check): thousands of random
 * and mutated argument objects for every tool, through a real client over an injected fetch that
 * counts requests. Nothing may throw, every rejection must name a field (or the argument object),
 * and no request may leave for arguments that were rejected.
 */
import { createCalClient } from "@calkit/client";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import {
  executeToolCall,
  type JsonSchema,
  MAX_STRING_LENGTH,
  type ToolCallResult,
  type ToolDefinition,
  toolDefinitions,
} from "../src/index.js";
import { exampleArgs } from "./spec-args.js";

const fetch = countingFetch(() => success({ ok: true }));
const client = createCalClient({
  apiKey: "cal_test_tools",
  baseUrl: "https://cal.test",
  fetch,
  maxRetries: 0,
});
const tools = [...toolDefinitions];
const propertyNames = [
  ...new Set(
    tools.flatMap((t) => Object.keys((t.inputSchema.properties as object | undefined) ?? {})),
  ),
];
let runs = 0;

afterAll(() => {
  // Reported so a run that silently did nothing would be noticed.
  console.info(
    `fuzz: ${runs} tool calls, ${fetch.requests.length} requests sent for valid arguments`,
  );
});

/** Runs one call and checks the invariants that hold for any input. */
async function call(
  tool: ToolDefinition,
  args: unknown,
): Promise<{ result: ToolCallResult; sent: number }> {
  runs++;
  const before = fetch.requests.length;
  let result: ToolCallResult;
  try {
    result = await executeToolCall(tool.name, args, { client });
  } catch (error) {
    throw new Error(`executeToolCall threw for ${tool.name}: ${String(error)}`);
  }
  const sent = fetch.requests.length - before;
  // Always a plain JSON value.
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  expect(Object.keys(Object.prototype)).toEqual([]);
  if (result.ok) {
    expect(sent).toBe(1);
  } else {
    const { kind, message, field } = result.error;
    expect(typeof message).toBe("string");
    expect(message.length).toBeGreaterThan(10);
    expect(sent, `${kind}: ${message}`).toBe(0);
    if (kind === "invalid_arguments") {
      if (field === undefined) expect(message).toMatch(/\barguments\b/);
      else expect(message).toContain(`\`${field}\``);
    } else {
      throw new Error(
        `a ${kind} error, where only invalid_arguments can happen before a request: ${message}`,
      );
    }
  }
  return { result, sent };
}

const anythingDeep = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const keyArbitrary = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...propertyNames),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"),
);

/** A value that a schema with this `type` rejects (null excepted: it means "not given" on optional fields). */
function wrongValue(type: string): fc.Arbitrary<unknown> {
  const string = fc.string({ maxLength: 20 });
  const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const array = fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 });
  const object = fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), {
    maxKeys: 3,
  });
  switch (type) {
    case "string":
      return fc.oneof(number, fc.boolean(), array, object);
    case "number":
      return fc.oneof(string, fc.boolean(), array, object);
    case "integer":
      return fc.oneof(
        string,
        fc.boolean(),
        array,
        object,
        fc
          .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
          .filter((n) => !Number.isInteger(n)),
      );
    case "boolean":
      return fc.oneof(string, number, array, object);
    case "object":
      return fc.oneof(string, number, fc.boolean(), array);
    case "array":
      return fc.oneof(string, number, fc.boolean(), object);
    default:
      return fc.constant(Symbol("never valid"));
  }
}

interface Mutation {
  tool: ToolDefinition;
  args: Record<string, unknown>;
  /** The field the rejection must name. */
  field: string;
  what: string;
}

type Schema = JsonSchema & {
  type?: string;
  properties?: Record<string, JsonSchema & { type?: string }>;
  required?: string[];
};

/** Valid example arguments broken in exactly one way. */
function mutationsOf(tool: ToolDefinition): fc.Arbitrary<Mutation> {
  const valid = exampleArgs(tool);
  const schema = tool.inputSchema as Schema;
  const properties = schema.properties ?? {};
  const options: fc.Arbitrary<Mutation>[] = [];

  const extra = fc
    .stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,15}$/)
    .filter((k) => !(k in properties));
  options.push(
    extra.map((key) => ({ tool, args: { ...valid, [key]: 1 }, field: key, what: "extra key" })),
  );

  for (const key of schema.required ?? []) {
    const args = { ...valid };
    delete args[key];
    options.push(fc.constant({ tool, args, field: key, what: "missing required" }));
  }

  for (const [key, property] of Object.entries(properties)) {
    if (typeof property.type !== "string") continue;
    options.push(
      wrongValue(property.type).map((value) => ({
        tool,
        args: { ...valid, [key]: value },
        field: key,
        what: `wrong type for ${property.type}`,
      })),
    );
    if (property.type === "string") {
      options.push(
        fc.integer({ min: MAX_STRING_LENGTH + 1, max: 200_000 }).map((n) => ({
          tool,
          args: { ...valid, [key]: "x".repeat(n) },
          field: key,
          what: "huge string",
        })),
      );
    }
    // One level down, inside an object argument the example fills in.
    const nested = valid[key];
    const inner = (property as Schema).properties;
    if (inner && nested && typeof nested === "object" && !Array.isArray(nested)) {
      for (const [sub, subSchema] of Object.entries(inner)) {
        if (typeof subSchema.type !== "string") continue;
        options.push(
          wrongValue(subSchema.type).map((value) => ({
            tool,
            args: { ...valid, [key]: { ...(nested as object), [sub]: value } },
            field: `${key}.${sub}`,
            what: "nested wrong type",
          })),
        );
      }
    }
  }
  return fc.oneof(...options);
}

const toolArbitrary = fc.constantFrom(...tools);

describe("fuzzing executeToolCall's arguments", () => {
  it("fc.anything() as the arguments, for every tool", async () => {
    await fc.assert(
      fc.asyncProperty(toolArbitrary, anythingDeep, async (tool, args) => {
        await call(tool, args);
      }),
      { numRuns: 2_500 },
    );
  });

  it("random objects (known, odd and prototype-polluting keys) as the arguments", async () => {
    await fc.assert(
      fc.asyncProperty(
        toolArbitrary,
        fc.object({ key: keyArbitrary, maxDepth: 3, maxKeys: 5, withNullPrototype: true }),
        async (tool, args) => {
          await call(tool, args);
        },
      ),
      { numRuns: 2_500 },
    );
  });

  it("JSON text with __proto__ keys, as a model's raw arguments would arrive", async () => {
    const json = fc
      .tuple(
        toolArbitrary,
        fc.dictionary(keyArbitrary, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .map(
        ([tool, object, payload]) =>
          [
            tool,
            `{"__proto__": ${JSON.stringify(payload)}${Object.keys(object).length ? "," : ""}${JSON.stringify(object).slice(1)}`,
          ] as const,
      );
    await fc.assert(
      fc.asyncProperty(json, async ([tool, text]) => {
        const { result } = await call(tool, text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.field).toBe("__proto__");
        await call(tool, JSON.parse(text));
      }),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("valid example arguments broken in one way: rejected, naming that field, nothing sent", async () => {
    await fc.assert(
      fc.asyncProperty(toolArbitrary.chain(mutationsOf), async ({ tool, args, field, what }) => {
        const { result, sent } = await call(tool, args);
        expect(sent).toBe(0);
        expect(result.ok, `${tool.name} ${what} ${field}`).toBe(false);
        if (result.ok) return;
        expect(result.error.kind).toBe("invalid_arguments");
        expect(result.error.field, `${tool.name} ${what}: ${result.error.message}`).toBe(field);
        expect(result.error.message).toContain(`\`${field}\``);
      }),
      { numRuns: 3_000 },
    );
  });

  it("every tool's unbroken example arguments pass and send exactly one request", async () => {
    for (const tool of tools) {
      const { result, sent } = await call(tool, exampleArgs(tool));
      expect(result.ok, tool.name).toBe(true);
      expect(sent).toBe(1);
    }
  });
});
