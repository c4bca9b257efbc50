/**
 * Real Cal.com answers (spec/recordings/) replayed through the client, the tools executor and the
 * MCP server (official MCP client): each call sends what was recorded (method, path, version,
 * query, body) and every recorded success reaches the caller as a success with Cal.com's data.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CalClient, createCalClient, operations } from "@calkit/client";
import { createCalkitMcpServer } from "@calkit/mcp";
import { executeToolCall, toolDefinitions } from "@calkit/tools";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { matchOperation } from "../../../scripts/recordings/match";
import { type Recording, readRecordings } from "../../../scripts/recordings/recording";
import { type ReplayServer, startReplayServer } from "./replay-server";

const API_KEY = "cal_test_replay_0123456789abcdef";
const doc = parse(
  readFileSync(fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url)), "utf8"),
);
const recordingsDir = fileURLToPath(new URL("../../../spec/recordings", import.meta.url));

interface Case {
  name: string;
  recording: Recording;
  operationId: string;
  pathTemplate: string;
}

const cases: Case[] = [...readRecordings(recordingsDir)].flatMap(([name, recording]) => {
  const found = matchOperation(doc, recording.request.method, recording.request.path);
  return found && recording.response.status < 300
    ? [{ name, recording, operationId: String(found.op.operationId), pathTemplate: found.path }]
    : [];
});

const tool = (operationId: string) => {
  const definition = toolDefinitions.find((t) => t.operationId === operationId);
  if (!definition) throw new Error(`no tool for ${operationId}`);
  return definition;
};

/** A query value as the tool's schema types it (recordings keep query values as strings). */
function typed(value: unknown, schema: Record<string, unknown> | undefined): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && typeof value === "string") return Number(value);
  if (type === "boolean" && typeof value === "string") return value === "true";
  return value;
}

/** The flat arguments that reproduce the recorded request. */
function argumentsOf({ recording, operationId, pathTemplate }: Case): Record<string, unknown> {
  const properties = (tool(operationId).inputSchema.properties ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  const args: Record<string, unknown> = {};
  const names = [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const pattern = new RegExp(`^${pathTemplate.replace(/\{[^}]+\}/g, "([^/]+)")}$`);
  const values = pattern.exec(recording.request.path)?.slice(1) ?? [];
  names.forEach((name, i) => {
    args[name] = typed(decodeURIComponent(values[i] ?? ""), properties[name]);
  });
  for (const [name, value] of Object.entries(recording.request.query))
    args[name] = typed(value, properties[name]);
  if (recording.request.body && typeof recording.request.body === "object")
    Object.assign(args, recording.request.body);
  return args;
}

/** What the caller should get: `data`, or `{ data, pagination }` where the operation pages with meta. */
function expectedResult({ recording, operationId }: Case): unknown {
  const body = recording.response.body as Record<string, unknown>;
  const meta = operations[operationId as keyof typeof operations];
  return meta.pagination?.meta ? { data: body.data, pagination: body.pagination } : body.data;
}

function clientFor(c: Case, baseUrl: string): CalClient {
  const version = c.recording.request.apiVersion;
  const resource = c.operationId.split(".")[0] as string;
  return createCalClient({
    baseUrl,
    maxRetries: 0,
    apiKey: API_KEY,
    ...(version ? { apiVersions: { [resource]: version } } : {}),
  });
}

function expectRecordedRequest(server: ReplayServer, c: Case): void {
  expect(server.received).toHaveLength(1);
  const [sent] = server.received;
  const { request } = c.recording;
  expect(sent?.method).toBe(request.method);
  expect(sent?.path).toBe(request.path);
  if (request.apiVersion) expect(sent?.apiVersion).toBe(request.apiVersion);
  expect(sent?.query).toEqual(
    Object.fromEntries(Object.entries(request.query).map(([k, v]) => [k, String(v)])),
  );
  expect(sent?.body).toEqual(request.body);
}

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer();
});
afterAll(async () => {
  await server.close();
});

describe("recorded Cal.com answers", () => {
  it("cover the operations the recordings reach", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(cases)("$name ($operationId)", (c) => {
    it("through the client: the recorded request, a typed success", async () => {
      server.answerWith(c.recording);
      const cal = clientFor(c, server.baseUrl);
      const [resource, verb] = c.operationId.split(".") as [string, string];
      const call = (cal as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[
        resource
      ]?.[verb];
      const result = await call?.(argumentsOf(c));
      expectRecordedRequest(server, c);
      expect(result).toEqual(expectedResult(c));
    });

    it("through the tools executor: a success with Cal.com's data", async () => {
      server.answerWith(c.recording);
      const result = await executeToolCall(tool(c.operationId).name, argumentsOf(c), {
        client: clientFor(c, server.baseUrl),
        maxResultBytes: 1_000_000,
      });
      expect(result).toMatchObject({ ok: true });
      expectRecordedRequest(server, c);
      if (result.ok) expect(result.data).toEqual(expectedResult(c));
    });

    it("through the MCP server: a success whose structuredContent keeps every value", async () => {
      server.answerWith(c.recording);
      const version = c.recording.request.apiVersion;
      const resource = c.operationId.split(".")[0] as string;
      const mcp = createCalkitMcpServer({
        credential: { kind: "apiKey", apiKey: API_KEY },
        baseUrl: server.baseUrl,
        maxResultBytes: 1_000_000,
        client: { maxRetries: 0, ...(version ? { apiVersions: { [resource]: version } } : {}) },
      });
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      await mcp.connect(serverSide);
      const client = new Client({ name: "calkit-replay", version: "0.0.0" });
      await client.connect(clientSide);
      await client.listTools(); // the official client then checks results against outputSchema
      const result = await client.callTool({
        name: tool(c.operationId).name,
        arguments: argumentsOf(c),
      });
      await client.close();
      expect(result.isError).toBeFalsy();
      expectRecordedRequest(server, c);
      expect(result._meta?.["calkit/omitted"]).toBeUndefined();
      const expected = expectedResult(c);
      expect(result.structuredContent).toEqual(
        c.operationId === "bookings.list" ? expected : { data: expected },
      );
    });
  });
});
