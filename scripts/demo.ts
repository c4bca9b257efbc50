/**
 * pnpm demo: a scripted AI-agent session on a fresh clone. An MCP client talks to the calkit MCP
 * server (in process), which runs every call through agent "scheduler"'s policy (the guard) and the
 * Cal.com client to a local Prism mock of the spec. Each step prints the tool, its arguments, what
 * came back and the audit log's sentences. Exits 0 when every step turned out as expected.
 * Run: pnpm demo
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { type PrismServer, startPrism } from "./prism";

type Mcp = typeof import("../packages/mcp/src/index");
type GuardModule = typeof import("../packages/guard/src/index");
type AuditRecord = import("../packages/guard/src/index").AuditRecord;

interface ToolResult {
  isError?: boolean;
  content?: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
}
interface McpClient {
  connect(transport: unknown): Promise<void>;
  listTools(): Promise<{ tools: { name: string }[] }>;
  callTool(params: { name: string; arguments: Record<string, unknown> }): Promise<ToolResult>;
  close(): Promise<void>;
}

const POLICY = `version: 1
agents:
  scheduler:
    description: Finds slots and books, moves and cancels meetings on event type 42.
    resources: { bookings: read, slots: full, eventTypes: read }
    operations: { bookings.create: allow, bookings.reschedule: allow, bookings.cancel: allow }
    constraints: { eventTypeIds: [42] }
`;

const started = Date.now();
const color = process.stdout.isTTY;
const paint = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint("1");
const dim = paint("2");
const green = paint("32");
const red = paint("31");

// The workspace packages run from source (no build needed): tsx maps @calkit/* to packages/*/src.
const tsconfig = fileURLToPath(new URL("../packages/mcp/tsconfig.sources.json", import.meta.url));
const fromMcp = pathToFileURL(
  fileURLToPath(new URL("../packages/mcp/src/index.ts", import.meta.url)),
).href;
const load = <T>(specifier: string, parentURL = import.meta.url) =>
  tsImport(specifier, { parentURL, tsconfig }) as Promise<T>;

function short(value: unknown, max = 110): string {
  const text = JSON.stringify(value) ?? "";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function time(iso: unknown): string {
  return typeof iso === "string" ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : "?";
}

/** One line on what came back, per kind of result. */
function summary(name: string, result: ToolResult): string {
  if (result.isError) return result.content?.[0]?.text ?? "error";
  const data = result.structuredContent?.data as Record<string, unknown> | undefined;
  if (name === "cal_slots_list" && data) {
    const starts = Object.values(data).flatMap((day) =>
      (day as { start: string }[]).map((s) => s.start),
    );
    return `${starts.length} free slots: ${starts.slice(0, 4).map(time).join(", ")}${starts.length > 4 ? ", …" : ""}`;
  }
  if (name === "cal_slots_reserve" && data)
    return `held ${time(data.slotStart)} for ${data.reservationDuration} min (reservation ${data.reservationUid})`;
  if (name.startsWith("cal_bookings_") && data)
    return `booking ${data.uid}: ${data.status}, ${time(data.start)}, ${data.duration} min`;
  return short(data);
}

let prism: PrismServer | undefined;
const workDir = mkdtempSync(join(tmpdir(), "calkit-demo-"));
let failures = 0;

try {
  console.log(
    bold(
      "calkit demo: an agent's scheduling session → MCP server → policy guard → Cal.com client → Prism mock",
    ),
  );
  prism = await startPrism();
  const [mcp, guard, sdk, memory] = await Promise.all([
    load<Mcp>("@calkit/mcp"),
    load<GuardModule>("@calkit/guard"),
    load<{ Client: new (info: { name: string; version: string }) => McpClient }>(
      "@modelcontextprotocol/sdk/client/index.js",
      fromMcp,
    ),
    load<{ InMemoryTransport: { createLinkedPair(): [unknown, unknown] } }>(
      "@modelcontextprotocol/sdk/inMemory.js",
      fromMcp,
    ),
  ]);
  console.log(
    dim(
      `Prism mock of spec/openapi.yaml on ${prism.url}; it answers with the spec's examples, so ids and times in answers are the examples'.`,
    ),
  );

  const policyPath = join(workDir, "policy.yaml");
  writeFileSync(policyPath, POLICY);
  console.log(`\n${bold("Policy")} (${policyPath}):\n${POLICY.replace(/^/gm, "  ").trimEnd()}`);

  const records: AuditRecord[] = [];
  let shown = 0;
  // Every HTTP request the Cal.com client sends, to show that denied calls never leave.
  const sent: string[] = [];
  let sentShown = 0;
  const recordingFetch = (request: Request, init?: RequestInit) => {
    const url = new URL(request.url);
    sent.push(`${request.method} ${url.pathname}`);
    return fetch(request, init);
  };
  const server = mcp.createCalkitMcpServer({
    credential: { kind: "apiKey", apiKey: "cal_test_demo_0123456789" },
    baseUrl: prism.url,
    policy: guard.loadPolicy(policyPath),
    agent: "scheduler",
    audit: guard.createAuditLog(guard.callbackSink((record) => records.push(record))),
    client: { fetch: recordingFetch },
  });
  const [clientSide, serverSide] = memory.InMemoryTransport.createLinkedPair();
  await (server as unknown as { connect(t: unknown): Promise<void> }).connect(serverSide);
  const client = new sdk.Client({ name: "calkit-demo-agent", version: "1.0.0" });
  await client.connect(clientSide);

  const { tools } = await client.listTools();
  console.log(
    `\n${bold("tools/list")}: ${tools.length} tools are visible to this agent: ${tools.map((t) => t.name).join(", ")}`,
  );

  async function step(
    title: string,
    name: string,
    args: Record<string, unknown>,
    expect: "ok" | "denied",
  ): Promise<ToolResult> {
    console.log(`\n${bold(title)}\n  → ${name} ${dim(short(args))}`);
    const result = await client.callTool({ name, arguments: args });
    const good = expect === "ok" ? !result.isError : result.isError === true;
    if (!good) failures++;
    const mark = result.isError ? red("✗") : green("✓");
    console.log(`  ${mark} ${summary(name, result)}${good ? "" : red("  (unexpected!)")}`);
    const requests = sent.slice(sentShown);
    console.log(dim(`  sent to Cal.com: ${requests.length ? requests.join(", ") : "nothing"}`));
    if (expect === "denied" && requests.length) failures++;
    sentShown = sent.length;
    for (const record of records.slice(shown)) console.log(dim(`  audit: ${record.sentence}`));
    shown = records.length;
    return result;
  }

  const slots = await step(
    "1. Find free slots on event type 42",
    "cal_slots_list",
    { eventTypeId: 42, start: "2026-12-01", end: "2026-12-02", timeZone: "Europe/London" },
    "ok",
  );
  const days = (slots.structuredContent?.data ?? {}) as Record<string, { start: string }[]>;
  const [first, second] = Object.values(days).flat();
  const slotStart = first?.start ?? "2026-12-01T09:00:00.000Z";

  await step(
    "2. Hold the first one while the user confirms",
    "cal_slots_reserve",
    { eventTypeId: 42, slotStart, reservationDuration: 10 },
    "ok",
  );

  const booked = await step(
    "3. Book it",
    "cal_bookings_create",
    {
      eventTypeId: 42,
      start: slotStart,
      attendee: { name: "Grace Hopper", email: "grace@example.com", timeZone: "America/New_York" },
    },
    "ok",
  );
  const bookingUid = String(
    (booked.structuredContent?.data as { uid?: string } | undefined)?.uid ??
      "fkZ3Ppsm8SFGRYxHZGGcnN",
  );

  const moved = await step(
    "4. Move it to another free slot",
    "cal_bookings_reschedule",
    {
      bookingUid,
      start: second?.start ?? "2026-12-02T16:00:00.000Z",
      reschedulingReason: "A conflicting meeting came up.",
    },
    "ok",
  );
  const movedUid = String(
    (moved.structuredContent?.data as { uid?: string } | undefined)?.uid ?? bookingUid,
  );

  await step(
    "5. Try something the policy forbids: delete the event type",
    "cal_event_types_delete",
    { eventTypeId: 42 },
    "denied",
  );
  await step(
    "6. …and book an event type this agent may not use",
    "cal_bookings_create",
    {
      eventTypeId: 7,
      start: slotStart,
      attendee: { name: "Grace Hopper", email: "grace@example.com", timeZone: "America/New_York" },
    },
    "denied",
  );

  await step(
    "7. Cancel the meeting",
    "cal_bookings_cancel",
    { bookingUid: movedUid, cancellationReason: "The host is unavailable that day." },
    "ok",
  );

  await client.close();
  const denied = records.filter((r) => r.decision === "denied").length;
  console.log(
    `\n${bold("Audit log")}: ${records.length} records (${records.length - denied} allowed, ${denied} denied); ${sent.length} HTTP requests, none for a denied call.`,
  );
  for (const record of records)
    console.log(`  ${record.decision === "denied" ? red("✗") : green("✓")} ${record.sentence}`);
} catch (error) {
  failures++;
  console.error(
    red(
      `\ndemo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    ),
  );
} finally {
  await prism?.stop();
  rmSync(workDir, { recursive: true, force: true });
}

console.log(
  `\n${failures ? red(`${failures} step(s) did not go as expected`) : green("Every step went as expected")} (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
process.exit(failures ? 1 : 0);
