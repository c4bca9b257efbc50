/**
 * The README's library example runs: over stdio (an in-memory transport in its place, as the SDK's
 * own tests do) the official MCP client lists the 15 read-only tools; over HTTP the server starts
 * in a folder holding the README's own policy.yaml (its yaml block) and serves the tools that
 * policy allows, checking the bearer credential with Cal.com played by the Prism mock. Every
 * `@calkit/mcp` command line of the README (its sh blocks and the args of its JSON client
 * configurations) is one the CLI accepts. That each README block is its file word for word is
 * scripts/test/readme-examples.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { expect, inject, it, vi } from "vitest";
import { codeBlocks } from "../../../scripts/readme-examples.js";
import { routeCalToMock } from "../../../test/support/readme-network.js";
import { serveHttp, serveStdio } from "../examples/library.js";
import { parseCliConfig } from "../src/config.js";
import { API_KEY } from "./helpers";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

it("stdio: the read-only tools of an API key", async () => {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = await serveStdio(API_KEY, serverSide);
  const client = new Client({ name: "readme", version: "1.0.0" });
  await client.connect(clientSide);
  const { tools } = await client.listTools();
  await client.close();
  await server.close();
  expect(tools).toHaveLength(15);
});

it("HTTP: the policy's tools, for a request's own credential", async () => {
  const policy = codeBlocks(readme).find((block) => block.lang === "yaml");
  const folder = mkdtempSync(join(tmpdir(), "calkit-readme-mcp-"));
  writeFileSync(join(folder, "policy.yaml"), policy?.code ?? "");
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const network = routeCalToMock(inject("baseUrl")); // the credential check reaches the mock
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    const http = await serveHttp();
    expect(log).toHaveBeenCalledWith(http.url);
    expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const client = new Client({ name: "readme", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(http.url), {
        requestInit: { headers: { authorization: `Bearer ${API_KEY}` } },
      }),
    );
    const names = (await client.listTools()).tools.map((t) => t.name);
    await client.close();
    await http.close();
    expect(names).toContain("cal_bookings_create");
    expect(names).not.toContain("cal_bookings_decline");
  } finally {
    process.chdir(cwd);
    network.restore();
    log.mockRestore();
    rmSync(folder, { recursive: true, force: true });
  }
});

/** The arguments after `@calkit/mcp` in each command of the sh blocks and each JSON config. */
function commandLines(): string[][] {
  const lines: string[][] = [];
  for (const block of codeBlocks(readme)) {
    if (block.lang === "sh")
      for (const line of block.code.split("\n")) {
        const args = line.replace(/#.*$/, "").trim().split(/\s+/);
        const at = args.indexOf("@calkit/mcp");
        if (at >= 0) lines.push(args.slice(at + 1));
      }
    if (block.lang === "json") {
      const config = JSON.parse(block.code) as Record<string, Record<string, { args?: string[] }>>;
      for (const server of Object.values({ ...config.mcpServers, ...config.servers })) {
        const at = server.args?.indexOf("@calkit/mcp") ?? -1;
        if (server.args && at >= 0) lines.push(server.args.slice(at + 1));
      }
    }
  }
  return lines;
}

it("every @calkit/mcp command line of the README is one the CLI accepts", () => {
  const policy = codeBlocks(readme).find((block) => block.lang === "yaml");
  const folder = mkdtempSync(join(tmpdir(), "calkit-readme-mcp-cli-"));
  const policyPath = join(folder, "policy.yaml");
  writeFileSync(policyPath, policy?.code ?? "");
  try {
    const lines = commandLines();
    expect(lines.length).toBeGreaterThanOrEqual(7);
    for (const args of lines) {
      const local = args.map((arg, i) => (args[i - 1] === "--policy" ? policyPath : arg));
      expect(() => parseCliConfig(local, { CAL_API_KEY: API_KEY }), args.join(" ")).not.toThrow();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
