/**
 * calkit-mcp over stdio, spawned from source and driven by the official MCP client against the
 * Prism mock: tool lists filtered by credentials, read-only, policy and OAuth scopes; calls end to
 * end; denials and validation errors as isError results; start-up refused without credentials.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OPERATION_COUNT } from "@calkit/client";
import { selectTools, toolDefinitions } from "@calkit/tools";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exampleArgs, expectedData } from "../../tools/test/spec-args";
import { API_KEY, errorMetaOf, runCli, type StdioSession, spawnStdio, textOf } from "./helpers";

const baseUrl = inject("baseUrl");
const env = { CAL_API_KEY: API_KEY, CAL_API_BASE_URL: baseUrl };
const dir = mkdtempSync(join(tmpdir(), "calkit-mcp-stdio-"));

function tool(name: string) {
  const found = toolDefinitions.find((t) => t.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
}

describe("with an API key", () => {
  let session: StdioSession;
  beforeAll(async () => {
    session = await spawnStdio(env);
  });
  afterAll(() => session?.close());

  it("identifies itself and lists all tools with title, schemas and annotations", async () => {
    expect(session.client.getServerVersion()).toMatchObject({ name: "calkit-mcp" });
    const { tools } = await session.client.listTools();
    expect(tools).toHaveLength(OPERATION_COUNT);
    expect(tools.map((t) => t.name).sort()).toEqual(toolDefinitions.map((t) => t.name).sort());
    for (const t of tools) {
      expect(t.title).toBeTruthy();
      expect(t.description).toBeTruthy();
      expect(t.inputSchema.type).toBe("object");
      expect(t.outputSchema?.type).toBe("object");
      expect(t.annotations).toMatchObject({
        readOnlyHint: expect.any(Boolean),
        destructiveHint: expect.any(Boolean),
      });
    }
    expect(session.stderr()).toContain(`${OPERATION_COUNT} tools, API key`);
    expect(session.stderr()).not.toContain(API_KEY);
  });

  it.each([
    "cal_slots_list",
    "cal_slots_reserve",
    "cal_bookings_create",
    "cal_bookings_get",
    "cal_bookings_list",
    "cal_bookings_reschedule",
    "cal_bookings_cancel",
  ])(
    "%s works end to end against Prism, as structured content and the same JSON as text",
    async (name) => {
      const definition = tool(name);
      const result = await session.client.callTool({ name, arguments: exampleArgs(definition) });
      expect(result.isError, textOf(result)).toBeFalsy();
      const expected = expectedData(definition);
      const structured = result.structuredContent as Record<string, unknown>;
      if (name === "cal_bookings_list") expect(structured).toEqual(expected);
      else expect(structured).toEqual({ data: expected });
      expect(JSON.parse((result.content as { text: string }[])[0]?.text ?? "")).toEqual(structured);
    },
  );

  it("a validation error is an isError result naming the field, and nothing is sent", async () => {
    const wrongType = await session.client.callTool({
      name: "cal_bookings_create",
      arguments: { ...exampleArgs(tool("cal_bookings_create")), eventTypeId: "forty-two" },
    });
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toMatch(/eventTypeId/);
    expect(textOf(wrongType)).toMatch(/Nothing was sent/);
    expect(errorMetaOf(wrongType)).toMatchObject({
      kind: "invalid_arguments",
      field: "eventTypeId",
    });

    const { start: _start, ...withoutStart } = exampleArgs(tool("cal_bookings_create"));
    const missing = await session.client.callTool({
      name: "cal_bookings_create",
      arguments: withoutStart,
    });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toMatch(/\bstart\b/);
  });

  it("an unknown tool is an isError result with a suggestion", async () => {
    const result = await session.client.callTool({ name: "cal_booking_list", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Did you mean cal_bookings_list/);
  });
});

describe("filtered lists", () => {
  it("--read-only lists only the reads", async () => {
    const session = await spawnStdio(env, ["--read-only"]);
    try {
      const { tools } = await session.client.listTools();
      const reads = toolDefinitions.filter((t) => t.access === "read");
      expect(tools.map((t) => t.name).sort()).toEqual(reads.map((t) => t.name).sort());
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      const write = await session.client.callTool({
        name: "cal_bookings_cancel",
        arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      });
      expect(write.isError).toBe(true);
      expect(errorMetaOf(write)).toMatchObject({ kind: "not_allowed" });
    } finally {
      await session.close();
    }
  });

  it("a policy making bookings read-only hides the writes, and a call to one is denied and audited", async () => {
    const policy = join(dir, "policy.yaml");
    const audit = join(dir, "audit.jsonl");
    writeFileSync(
      policy,
      "version: 1\nagents:\n  support:\n    resources: { bookings: read, slots: read, eventTypes: read }\n",
    );
    const session = await spawnStdio(env, [
      "--policy",
      policy,
      "--agent",
      "support",
      "--audit-log",
      audit,
    ]);
    try {
      const { tools } = await session.client.listTools();
      const expected = toolDefinitions.filter(
        (t) => ["bookings", "slots", "eventTypes"].includes(t.resource) && t.access === "read",
      );
      expect(tools.map((t) => t.name).sort()).toEqual(expected.map((t) => t.name).sort());
      expect(tools.map((t) => t.name)).not.toContain("cal_bookings_cancel");

      const denied = await session.client.callTool({
        name: "cal_bookings_cancel",
        arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      });
      expect(denied.isError).toBe(true);
      expect(textOf(denied)).toBe(
        "Not allowed: bookings are read-only for this agent. This agent's policy forbids cal_bookings_cancel and nothing was sent; do not retry it, and tell the user if they asked for it.",
      );
      const allowed = await session.client.callTool({
        name: "cal_bookings_get",
        arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      });
      expect(allowed.isError).toBeFalsy();

      const records = readFileSync(audit, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(records.map((r) => r.sentence)).toEqual([
        "Agent support was denied cancelling booking fkZ3Ppsm8SFGRYxHZGGcnN: bookings are read-only for this agent.",
        expect.stringMatching(/^Agent support looked up booking fkZ3Ppsm8SFGRYxHZGGcnN: allowed/),
      ]);
      expect(readFileSync(audit, "utf8")).not.toContain(API_KEY);
    } finally {
      await session.close();
    }
  });

  it("a scoped OAuth token (BOOKING_READ) lists only what that scope allows", async () => {
    const session = await spawnStdio({
      CAL_OAUTH_ACCESS_TOKEN: "oauth-access-token-abc123",
      CAL_OAUTH_SCOPES: "BOOKING_READ",
      CAL_API_BASE_URL: baseUrl,
    });
    try {
      const { tools } = await session.client.listTools();
      const expected = selectTools({ scopes: ["BOOKING_READ"] });
      expect(tools.map((t) => t.name).sort()).toEqual(expected.map((t) => t.name).sort());
      expect(tools.map((t) => t.name)).toEqual(
        expect.arrayContaining(["cal_bookings_get", "cal_bookings_list", "cal_slots_list"]),
      );
      expect(
        tools.some((t) => t.name === "cal_bookings_create" || t.name.startsWith("cal_event_types")),
      ).toBe(false);

      const list = await session.client.callTool({ name: "cal_bookings_list", arguments: {} });
      expect(list.isError, textOf(list)).toBeFalsy();
      const write = await session.client.callTool({
        name: "cal_bookings_cancel",
        arguments: { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" },
      });
      expect(write.isError).toBe(true);
      expect(textOf(write)).toMatch(/BOOKING_WRITE/);
      expect(session.stderr()).not.toContain("oauth-access-token-abc123");
    } finally {
      await session.close();
    }
  });
});

describe("start-up", () => {
  it("refuses to start without credentials, with a clear message and no stack trace", async () => {
    const { code, stdout, stderr } = await runCli({ CAL_API_BASE_URL: baseUrl });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^calkit-mcp: No Cal.com credentials\. Set CAL_API_KEY/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a malformed API key without repeating it", async () => {
    const { code, stderr } = await runCli({ CAL_API_KEY: "sk-not-a-cal-key-SECRET" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/CAL_API_KEY is malformed/);
    expect(stderr).not.toContain("SECRET");
  });

  it("refuses an invalid policy file, naming the problem", async () => {
    const policy = join(dir, "bad-policy.yaml");
    writeFileSync(policy, "version: 1\nagents:\n  support:\n    resources: { bookings: write }\n");
    const { code, stderr } = await runCli(env, ["--policy", policy, "--agent", "support"]);
    expect(code).toBe(2);
    expect(stderr).toContain("is not a valid calkit policy");
    expect(stderr).toContain("/agents/support/resources/bookings");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
