#!/usr/bin/env node
/**
 * `calkit-mcp`: reads flags and environment, then serves MCP over stdio (default) or Streamable
 * HTTP. A configuration problem ends the process with one line on stderr and exit code 2.
 */
import { PolicyFileError } from "@calkit/guard";
import { type CliConfig, HELP, parseCliConfig } from "./config.js";
import { McpSetupError } from "./credentials.js";
import { createServerState, VERSION } from "./server.js";
import { serveStdio } from "./stdio.js";

function fail(message: string): never {
  process.stderr.write(`calkit-mcp: ${message}\nRun calkit-mcp --help for the options.\n`);
  process.exit(2);
}

function describe(config: CliConfig, tools: number | undefined): string {
  const { options } = config;
  const credential = options.credential
    ? options.credential.kind === "apiKey"
      ? "API key"
      : `OAuth token${options.credential.scopes ? ` (${options.credential.scopes.join(", ")})` : " (scopes not declared)"}`
    : "per-request bearer tokens";
  const parts = [
    tools === undefined
      ? undefined
      : options.dynamic
        ? `${tools} operations behind 3 meta-tools`
        : `${tools} tools`,
    credential,
    options.readOnly ? "read-only" : undefined,
    options.policy ? `policy of agent ${options.agent}` : undefined,
    options.audit ? "audit log on" : undefined,
    options.rateLimit ? `${options.rateLimit} calls/min` : undefined,
    `Cal.com at ${options.baseUrl ?? "https://api.cal.com"}`,
  ];
  return parts.filter(Boolean).join(", ");
}

async function main(): Promise<void> {
  let config: CliConfig;
  try {
    config = parseCliConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof McpSetupError || error instanceof PolicyFileError) fail(error.message);
    throw error;
  }
  if (config.help) {
    process.stdout.write(HELP);
    return;
  }
  if (config.version) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const closeAudit = () => config.auditSink?.close();

  try {
    if (config.transport === "http") {
      const { startHttpServer } = await import("./http.js"); // loaded only for HTTP: faster stdio start-up
      const handle = await startHttpServer(config.options);
      const state = config.options.credential ? createServerState(config.options) : undefined;
      const count =
        state && config.options.credential
          ? state.core.toolbox(config.options.credential).selection.length
          : undefined;
      process.stderr.write(
        `calkit-mcp ${VERSION} listening on ${handle.url} (${describe(config, count)})\n`,
      );
      if (!["127.0.0.1", "localhost", "::1"].includes(handle.host)) {
        process.stderr.write(
          "calkit-mcp: warning: not bound to a loopback address; anyone who can reach this port can call Cal.com with the configured credentials.\n",
        );
      }
      const stop = () => {
        void handle.close().finally(() => {
          closeAudit();
          process.exit(0);
        });
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    } else {
      const state = createServerState(config.options);
      const count = config.options.credential
        ? state.core.toolbox(config.options.credential).selection.length
        : undefined;
      if (count === 0)
        process.stderr.write(
          "calkit-mcp: warning: no tools are available with these credentials, flags and policy.\n",
        );
      const handle = await serveStdio(state);
      process.stderr.write(`calkit-mcp ${VERSION} on stdio (${describe(config, count)})\n`);
      const stop = () => {
        void handle.close().finally(() => {
          closeAudit();
          process.exit(0);
        });
      };
      process.stdin.once("end", stop);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    }
  } catch (error) {
    if (error instanceof McpSetupError || error instanceof PolicyFileError) fail(error.message);
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      fail(`port ${config.options.port} is in use: pick another with --port.`);
    if ((error as NodeJS.ErrnoException).code === "EACCES")
      fail(`cannot listen on ${config.options.host}:${config.options.port} (permission denied).`);
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `calkit-mcp: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
