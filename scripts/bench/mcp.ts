/**
 * MCP server benchmark, one run:
 * 1. start → tools/list: spawn `calkit-mcp` over stdio (CAL_API_BASE_URL = a Prism mock), initialize
 *    and list the tools, with raw JSON-RPC lines (the server's time) and with the official MCP client
 *    (what a host sees); median of 5 spawns, for the built `node dist/cli.js` (when built) and for
 *    the TS source under tsx (no build).
 * 2. per-call overhead of `cal_me_get` against a local node:http stub answering GET /v2/me with a
 *    fixed envelope (so Cal.com's or Prism's own latency does not drown the overhead): the direct
 *    client call, the plain tool executor, `guard.execute` (policy + JSONL audit), and an MCP tool
 *    call with the same policy and audit over in-process Streamable HTTP and over stdio. Variants
 *    run in alternating chunks after a warm-up, so drift (GC, JIT, CPU frequency) falls on all alike.
 * A benchmark, not a test: nothing is asserted about time; every answer is checked to be the stub's.
 * Run: pnpm exec tsx scripts/bench/mcp.ts [calls per variant = 300] [spawns = 5]
 */

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { startPrism } from "../prism";
import { reportGoal } from "./goal";
import { ME, startMeStub } from "./me-stub";

const N = Number(process.argv[2] ?? 300);
const SPAWNS = Number(process.argv[3] ?? 5);
const WARM_UP = 50;
const CHUNK = 50;
const API_KEY = "cal_bench_mcp_key_0123456789";

type Mcp = typeof import("../../packages/mcp/src/index");
type GuardModule = typeof import("../../packages/guard/src/index");
type ToolsModule = typeof import("../../packages/tools/src/index");
type ClientModule = typeof import("../../packages/client/src/index");
interface ToolResult {
  isError?: boolean;
  structuredContent?: { data?: { id?: number } };
  content?: { text?: string }[];
}
interface McpClient {
  connect(transport: unknown): Promise<void>;
  listTools(): Promise<{ tools: unknown[] }>;
  callTool(params: { name: string; arguments: Record<string, unknown> }): Promise<ToolResult>;
  close(): Promise<void>;
}
type ClientClass = new (info: { name: string; version: string }) => McpClient;

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsconfig = `${root}packages/mcp/tsconfig.sources.json`;
const fromMcp = pathToFileURL(`${root}packages/mcp/src/index.ts`).href;
const load = <T>(specifier: string, parentURL = import.meta.url) =>
  tsImport(specifier, { parentURL, tsconfig }) as Promise<T>;

const [mcp, guardModule, tools, clientModule, sdk, stdio, http] = await Promise.all([
  load<Mcp>("@calkit/mcp"),
  load<GuardModule>("@calkit/guard"),
  load<ToolsModule>("@calkit/tools"),
  load<ClientModule>("@calkit/client"),
  load<{ Client: ClientClass }>("@modelcontextprotocol/sdk/client/index.js", fromMcp),
  load<{ StdioClientTransport: new (options: Record<string, unknown>) => unknown }>(
    "@modelcontextprotocol/sdk/client/stdio.js",
    fromMcp,
  ),
  load<{
    StreamableHTTPClientTransport: new (url: URL, options: Record<string, unknown>) => unknown;
  }>("@modelcontextprotocol/sdk/client/streamableHttp.js", fromMcp),
]);

const work = mkdtempSync(join(tmpdir(), "calkit-bench-mcp-"));
const policyPath = join(work, "policy.yaml");
writeFileSync(
  policyPath,
  "version: 1\nagents:\n  bench:\n    resources: { me: read, bookings: read, slots: full }\n",
);
const policy = guardModule.loadPolicy(policyPath);

// --- 1. start → tools/list over stdio --------------------------------------------------------
const builtPackages = ["client", "scopes", "tools", "guard", "mcp"].every((p) =>
  existsSync(`${root}packages/${p}/dist/index.js`),
);
const commands: { name: string; command: string; args: string[] }[] = [];
if (builtPackages)
  commands.push({
    name: "node packages/mcp/dist/cli.js (built)",
    command: process.execPath,
    args: [`${root}packages/mcp/dist/cli.js`],
  });
commands.push({
  name: "tsx packages/mcp/src/cli.ts (source)",
  command: `${root}node_modules/.bin/tsx`,
  args: [`${root}packages/mcp/src/cli.ts`],
});

function stdioTransport(
  command: { command: string; args: string[] },
  baseUrl: string,
  extraArgs: string[] = [],
): unknown {
  return new stdio.StdioClientTransport({
    command: command.command,
    args: [...command.args, ...extraArgs],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      TSX_TSCONFIG_PATH: tsconfig,
      CAL_API_KEY: API_KEY,
      CAL_API_BASE_URL: baseUrl,
    },
    stderr: "ignore",
    cwd: root,
  });
}

/** Server side only: spawn → initialize → tools/list answered, with raw JSON-RPC lines (no client library). */
function rawStartup(
  command: { command: string; args: string[] },
  baseUrl: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command.command, command.args, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        TSX_TSCONFIG_PATH: tsconfig,
        CAL_API_KEY: API_KEY,
        CAL_API_BASE_URL: baseUrl,
      },
      stdio: ["pipe", "pipe", "ignore"],
    });
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const message = JSON.parse(buffer.slice(0, newline)) as {
          id?: number;
          result?: { tools?: unknown[] };
        };
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        if (message.id === 1) {
          send({ jsonrpc: "2.0", method: "notifications/initialized" });
          send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
        } else if (message.id === 2) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          child.kill();
          if (message.result?.tools?.length !== 41) reject(new Error("expected 41 tools"));
          else resolve(ms);
        }
      }
    });
    child.on("error", reject);
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "bench", version: "0" },
      },
    });
  });
}

const prism = await startPrism();
const startup: { name: string; times: number[] }[] = [];
for (const command of commands) {
  const times: number[] = [];
  for (let i = 0; i < SPAWNS; i++) times.push(await rawStartup(command, prism.url));
  startup.push({ name: `${command.name}, raw JSON-RPC`, times });
}
for (const command of commands) {
  const times: number[] = [];
  for (let i = 0; i < SPAWNS; i++) {
    const started = process.hrtime.bigint();
    const client = new sdk.Client({ name: "bench", version: "0" });
    await client.connect(stdioTransport(command, prism.url));
    const { tools: listed } = await client.listTools();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (listed.length !== 41) throw new Error(`expected 41 tools, got ${listed.length}`);
    await client.close();
  }
  startup.push({ name: `${command.name}, official MCP client`, times });
}
await prism.stop();

// --- 2. per-call overhead against a fixed local stub ------------------------------------------
const stub = await startMeStub({ apiKey: API_KEY });
const stubUrl = stub.url;

const cal = clientModule.createCalClient({ apiKey: API_KEY, baseUrl: stubUrl });
const guard = guardModule.createGuard({
  policy,
  agent: "bench",
  client: cal,
  audit: guardModule.createAuditLog(guardModule.jsonlSink(join(work, "guard-audit.jsonl"))),
});
const httpServer = await mcp.startHttpServer({
  baseUrl: stubUrl,
  port: 0,
  policy,
  agent: "bench",
  audit: guardModule.createAuditLog(guardModule.jsonlSink(join(work, "http-audit.jsonl"))),
});
const httpClient = new sdk.Client({ name: "bench", version: "0" });
await httpClient.connect(
  new http.StreamableHTTPClientTransport(new URL(httpServer.url), {
    requestInit: { headers: { Authorization: `Bearer ${API_KEY}` } },
  }),
);
await httpClient.listTools(); // the client validates results against the listed output schemas
const stdioCommand = commands[0] as (typeof commands)[0];
const stdioClient = new sdk.Client({ name: "bench", version: "0" });
await stdioClient.connect(
  stdioTransport(stdioCommand, stubUrl, [
    "--policy",
    policyPath,
    "--agent",
    "bench",
    "--audit-log",
    join(work, "stdio-audit.jsonl"),
  ]),
);
await stdioClient.listTools();

function check(data: unknown): void {
  if ((data as { id?: unknown } | undefined)?.id !== ME.id)
    throw new Error(`unexpected answer: ${JSON.stringify(data)?.slice(0, 300)}`);
}
function checkTool(result: { ok: boolean; data?: unknown }): void {
  if (!result.ok) throw new Error(`tool call failed: ${JSON.stringify(result).slice(0, 300)}`);
  check(result.data);
}
function checkMcp(result: ToolResult): void {
  if (result.isError) throw new Error(`MCP call failed: ${result.content?.[0]?.text}`);
  check(result.structuredContent?.data);
}

const variants: { name: string; call: () => Promise<void> }[] = [
  { name: "direct client: cal.me.get()", call: async () => check(await cal.me.get()) },
  {
    name: "executeToolCall (no policy)",
    call: async () => checkTool(await tools.executeToolCall("cal_me_get", {}, { client: cal })),
  },
  {
    name: "guard.execute (policy + JSONL audit)",
    call: async () => checkTool(await guard.execute("cal_me_get", {})),
  },
  {
    name: "MCP tools/call, HTTP in process (policy + audit)",
    call: async () => checkMcp(await httpClient.callTool({ name: "cal_me_get", arguments: {} })),
  },
  {
    name: `MCP tools/call, stdio (${stdioCommand.name.split(" ")[0]}; policy + audit)`,
    call: async () => checkMcp(await stdioClient.callTool({ name: "cal_me_get", arguments: {} })),
  },
];

const samples = variants.map(() => [] as number[]);
for (const variant of variants) for (let i = 0; i < WARM_UP; i++) await variant.call();
for (let done = 0; done < N; done += CHUNK) {
  const size = Math.min(CHUNK, N - done);
  for (const [index, variant] of variants.entries()) {
    const into = samples[index] as number[];
    for (let i = 0; i < size; i++) {
      const started = process.hrtime.bigint();
      await variant.call();
      into.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
}
await httpClient.close();
await stdioClient.close();
await httpServer.close();
stub.close();
rmSync(work, { recursive: true, force: true });

// --- report ----------------------------------------------------------------------------------
function quantile(sorted: number[], q: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ] as number;
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const cpu = cpus();
console.log(
  `MCP server benchmark · node ${process.version} · ${cpu[0]?.model.trim() ?? "cpu"} ×${cpu.length} · ${process.platform}/${process.arch} · ${new Date().toISOString()}\n`,
);

console.log(
  `Start → tools/list over stdio (spawn, initialize, list 41 tools; Prism mock as Cal.com), ${SPAWNS} spawns each.`,
);
console.log(
  "Raw JSON-RPC: the server's own time. Official client: what an SDK host sees (it also compiles the 41 output schemas).\n",
);
console.log("| command | median ms | min ms | max ms |");
console.log("|---|---:|---:|---:|");
for (const { name, times } of startup) {
  const s = sorted(times);
  console.log(
    `| ${name} | ${quantile(s, 0.5).toFixed(0)} | ${(s[0] as number).toFixed(0)} | ${(s[s.length - 1] as number).toFixed(0)} |`,
  );
}
if (!builtPackages)
  console.log("\n(packages not built: run `pnpm build` to also time node dist/cli.js)");
const builtRaw = startup.find((s) => s.name.endsWith("(built), raw JSON-RPC"));
if (builtRaw)
  reportGoal({
    what: "MCP server start to tools/list over stdio, built, raw JSON-RPC, median",
    measured: Math.round(quantile(sorted(builtRaw.times), 0.5)),
    goal: 299,
    unit: "ms",
  });

const stats = samples.map((xs) => {
  const s = sorted(xs);
  return { median: quantile(s, 0.5), p90: quantile(s, 0.9) };
});
const base = stats[0] as (typeof stats)[0];
const guarded = stats[2] as (typeof stats)[0];
console.log(
  `\nPer call: cal_me_get against a local node:http stub · ${N} calls per variant (after ${WARM_UP} warm-up), interleaved in chunks of ${CHUNK}\n`,
);
console.log(
  "| variant | median µs | p90 µs | × direct client | × guard.execute | added to direct, µs |",
);
console.log("|---|---:|---:|---:|---:|---:|");
for (const [index, variant] of variants.entries()) {
  const s = stats[index] as (typeof stats)[0];
  console.log(
    `| ${variant.name} | ${s.median.toFixed(0)} | ${s.p90.toFixed(0)} | ${(s.median / base.median).toFixed(2)} | ${index >= 2 ? (s.median / guarded.median).toFixed(2) : "–"} | ${index ? (s.median - base.median).toFixed(0) : "–"} |`,
  );
}
