/**
 * Property-based fuzzing (fast-check, bounded) of every tool's path ids: for each path argument of
 * each tool, random and hostile values (dot segments, encoded dots, slashes, lone surrogates, any
 * code point, numbers) through a real client over an injected fetch. No request may be built from
 * an id the spec rejects (its schema: type, enum, pattern, format) or that is `.`/`..`; a request
 * that is built addresses the operation's own path with the id, percent-encoded, as one segment.
 */
import { createCalClient, operations } from "@calkit/client";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import { executeToolCall, type JsonSchema, toolDefinitions } from "../src/index.js";
import { exampleArgs } from "./spec-args.js";

const fetch = countingFetch(() => success({}));
const client = createCalClient({
  apiKey: "cal_test_path_ids",
  baseUrl: "https://cal.test",
  fetch,
  maxRetries: 0,
});
// biome-ignore lint/suspicious/noExplicitAny: ajv's default export typing differs between CJS and ESM.
const ajv = new ((Ajv2020 as any).default ?? Ajv2020)({ strict: false });
// biome-ignore lint/suspicious/noExplicitAny: same for ajv-formats.
((addFormats as any).default ?? addFormats)(ajv);

/** What the spec itself says of a value for this parameter, plus the dot-segment rule. */
function specAccepts(schema: JsonSchema, value: unknown): boolean {
  return ajv.validate(schema, value) && value !== "." && value !== "..";
}

const hostileId = fc.oneof(
  fc.constantFrom(
    ".",
    "..",
    "",
    " ",
    "%2e%2e",
    ".%2E",
    "../..",
    "./",
    "a/../b",
    "?x=1",
    "#frag",
    "\uD800",
    "\uDFFF",
    "x\uDC00y",
    "\u0000",
    "1e3",
    "-1",
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(".", "/", "%", "2", "e", "\\", "\uD800"), maxLength: 6 }),
  fc.integer(),
  fc.double(),
);

const withPathIds = toolDefinitions.flatMap((tool) =>
  tool.arguments.path.map((name) => ({ tool, name })),
);

describe("path ids: no request from an id the spec would reject", () => {
  it("covers every tool that has a path id", () => {
    expect(withPathIds.length).toBeGreaterThanOrEqual(20);
  });

  it.each(withPathIds.map(({ tool, name }) => [tool.name, name, tool] as const))(
    "%s {%s}",
    async (_toolName, name, tool) => {
      const schema = (tool.inputSchema.properties as Record<string, JsonSchema>)[
        name
      ] as JsonSchema;
      const template = operations[tool.operationId as keyof typeof operations].path;
      await fc.assert(
        fc.asyncProperty(hostileId, async (value) => {
          const before = fetch.requests.length;
          const result = await executeToolCall(
            tool.name,
            { ...exampleArgs(tool), [name]: value },
            { client },
          );
          const sent = fetch.requests.slice(before);
          if (!specAccepts(schema, value)) {
            expect(sent).toHaveLength(0);
            expect(result).toMatchObject({
              ok: false,
              error: { kind: "invalid_arguments", field: name },
            });
            return;
          }
          if (!result.ok) {
            // Only a blank or unencodable value may still be refused, and never by a crash.
            expect(result.error).toMatchObject({ kind: "invalid_arguments", field: name });
            expect(sent).toHaveLength(0);
            return;
          }
          expect(sent).toHaveLength(1);
          const url = new URL((sent[0] as Request).url);
          const segments = url.pathname.split("/");
          const expected = template.split("/");
          expect(segments).toHaveLength(expected.length);
          const at = expected.indexOf(`{${name}}`);
          expect(decodeURIComponent(segments[at] as string)).toBe(String(value));
        }),
        { numRuns: 40, seed: 17 },
      );
    },
  );
});
