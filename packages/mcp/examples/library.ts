import { loadPolicy } from "@calkit/guard";
import { createCalkitMcpServer, startHttpServer } from "@calkit/mcp";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";

/** One account's API key, over this process's stdin and stdout (or another transport). */
export async function serveStdio(
  apiKey: string,
  transport: Transport = new StdioServerTransport(),
) {
  const server = createCalkitMcpServer({ credential: { kind: "apiKey", apiKey }, readOnly: true });
  await server.connect(transport);
  return server;
}

/** Each request brings its own bearer credential; the policy of agent "assistant" applies. */
export async function serveHttp() {
  const policy = loadPolicy("policy.yaml");
  const http = await startHttpServer({ port: 0, policy, agent: "assistant", rateLimit: 60 });
  console.log(http.url); // http://127.0.0.1:<port>/mcp
  return http;
}
