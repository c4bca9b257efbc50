/**
 * The tool definitions' token budget (issue #16), held in CI: o200k tokens (gpt-tokenizer) of each
 * MCP tool's name + description + JSON.stringify(inputSchema), summed, as
 * `scripts/bench/tool-tokens.ts` counts them. Token counts are deterministic, so this is exact.
 * Lower the budget when a change saves tokens; raising it needs a reason in the commit.
 */
import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it } from "vitest";
import { toMcpTools, toolDefinitions } from "../src/index.js";

/** The MCP form of all 41 tools, measured 6,144 (goal: 6,150). */
const BUDGET = 6_144;

describe("tool definition tokens", () => {
  it(`the MCP form of all tools stays within ${BUDGET} o200k tokens`, () => {
    const total = toMcpTools(toolDefinitions).reduce(
      (sum, t) =>
        sum +
        encode(t.name).length +
        encode(t.description).length +
        encode(JSON.stringify(t.inputSchema)).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
