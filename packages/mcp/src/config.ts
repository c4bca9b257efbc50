/**
 * The command line and environment of `calkit-mcp`, turned into server options. Every problem is a
 * McpSetupError with one clear message (never a credential's value); nothing opens access by default.
 */
import { parseArgs } from "node:util";
import {
  type AuditSink,
  createAuditLog,
  jsonlSink,
  loadPolicy,
  PolicyFileError,
} from "@calkit/guard";
import { credentialFromEnv, McpSetupError } from "./credentials.js";
import type { HttpServerOptions } from "./http.js";

export type Transport = "stdio" | "http";

export interface CliConfig {
  transport: Transport;
  /** Server options, HTTP ones included (ignored over stdio). */
  options: HttpServerOptions;
  /** The audit sink to close at exit. */
  auditSink?: AuditSink & { close(): void };
  help?: boolean;
  version?: boolean;
}

export const DEFAULT_PORT = 3333;
export const DEFAULT_HTTP_RATE_LIMIT = 60;

export const HELP = `calkit-mcp — Cal.com API v2 as MCP tools, limited to what the credentials, scopes and policy allow.

Usage: calkit-mcp [options]

Credentials (environment):
  CAL_API_KEY              Cal.com API key (cal_… or cal_live_…), or
  CAL_OAUTH_ACCESS_TOKEN   an OAuth access token, with
  CAL_OAUTH_SCOPES         the scopes it was granted, comma-separated (e.g. BOOKING_READ,EVENT_TYPE_READ)
  CAL_API_BASE_URL         default https://api.cal.com
  Over HTTP, each request's "Authorization: Bearer <key or token>" may carry the credential instead.

Options:
  --transport stdio|http   default stdio
  --port <n>               HTTP port (default ${DEFAULT_PORT}; 0 = any free port)
  --host <address>         HTTP bind address (default 127.0.0.1)
  --policy <file>          agent policy (JSON or YAML); calls go through the guard, deny by default
  --agent <name>           the agent of the policy that applies (required with --policy)
  --read-only              only read tools
  --toolsets <list>        only these resources: bookings,eventTypes,slots,schedules,calendars,me,teams,webhooks,orgUsers
  --dynamic                3 meta-tools (search, describe, call) instead of the full list
  --no-output-schemas      list tools without outputSchema (far fewer tokens)
  --audit-log <file>       append every call to this JSON Lines file (with or without a policy)
  --max-result-bytes <n>   budget of one tool result (default 16000)
  --rate-limit <n>         tool calls a minute per credential (default ${DEFAULT_HTTP_RATE_LIMIT} over HTTP, off over stdio; 0 = off)
  --help, --version
`;

function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min)
    throw new McpSetupError(
      `${flag} must be a whole number of at least ${min}; got ${JSON.stringify(value.slice(0, 40))}.`,
    );
  return Number(value);
}

function baseUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.CAL_API_BASE_URL?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new McpSetupError(
      `CAL_API_BASE_URL is not a URL: ${JSON.stringify(value.slice(0, 100))}.`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new McpSetupError("CAL_API_BASE_URL must be an http(s) URL.");
  if (url.username || url.password)
    throw new McpSetupError("CAL_API_BASE_URL must not contain credentials; use CAL_API_KEY.");
  return value.replace(/\/+$/, "");
}

/** Parses argv (without `node` and the script) and the environment. Throws McpSetupError. */
export function parseCliConfig(argv: readonly string[], env: NodeJS.ProcessEnv): CliConfig {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      allowNegative: true,
      options: {
        transport: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        policy: { type: "string" },
        agent: { type: "string" },
        "read-only": { type: "boolean" },
        toolsets: { type: "string" },
        dynamic: { type: "boolean" },
        "output-schemas": { type: "boolean" },
        "audit-log": { type: "string" },
        "max-result-bytes": { type: "string" },
        "rate-limit": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    }));
  } catch (error) {
    throw new McpSetupError(
      (error as Error).message.replace(/\. To specify a positional argument.*$/s, "."),
    );
  }
  if (values.help) return { transport: "stdio", options: {}, help: true };
  if (values.version) return { transport: "stdio", options: {}, version: true };

  const transport = (values.transport as string | undefined) ?? "stdio";
  if (transport !== "stdio" && transport !== "http")
    throw new McpSetupError(`--transport must be stdio or http; got ${JSON.stringify(transport)}.`);
  if (transport === "stdio" && (values.port !== undefined || values.host !== undefined)) {
    throw new McpSetupError("--port and --host are for the HTTP transport: add --transport http.");
  }

  const credential = credentialFromEnv(env);
  if (!credential && transport === "stdio") {
    throw new McpSetupError(
      "No Cal.com credentials. Set CAL_API_KEY to an API key (cal_… test, cal_live_… live; Cal.com → Settings → Developer → API keys), " +
        "or CAL_OAUTH_ACCESS_TOKEN to an OAuth access token (with CAL_OAUTH_SCOPES, the scopes it was granted).",
    );
  }

  const policyPath = values.policy as string | undefined;
  const agent = values.agent as string | undefined;
  const auditPath = values["audit-log"] as string | undefined;
  if (policyPath && !agent)
    throw new McpSetupError(
      "--policy needs --agent: the name of the agent in the policy file whose rules apply.",
    );
  if (agent && !policyPath && !auditPath)
    throw new McpSetupError("--agent names an agent of a policy: add --policy <file>.");

  const options: HttpServerOptions = {};
  if (credential) options.credential = credential;
  const baseUrl = baseUrlOf(env);
  if (baseUrl) options.baseUrl = baseUrl;
  if (policyPath) {
    try {
      options.policy = loadPolicy(policyPath);
    } catch (error) {
      if (error instanceof PolicyFileError) throw new McpSetupError(error.message);
      throw error;
    }
  }
  if (agent) options.agent = agent;
  if (values["read-only"]) options.readOnly = true;
  if (values.dynamic) options.dynamic = true;
  if (values["output-schemas"] === false) options.outputSchemas = false;
  if (values.toolsets !== undefined) {
    const names = String(values.toolsets)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (!names.length)
      throw new McpSetupError(
        "--toolsets needs at least one resource, e.g. --toolsets bookings,slots.",
      );
    options.toolsets = names;
  }
  const maxResultBytes = integer(
    values["max-result-bytes"] as string | undefined,
    "--max-result-bytes",
    500,
  );
  if (maxResultBytes !== undefined) options.maxResultBytes = maxResultBytes;
  const rateLimit = integer(values["rate-limit"] as string | undefined, "--rate-limit", 0);
  options.rateLimit = rateLimit ?? (transport === "http" ? DEFAULT_HTTP_RATE_LIMIT : 0);
  if (transport === "http") {
    options.port = integer(values.port as string | undefined, "--port", 0) ?? DEFAULT_PORT;
    if (options.port > 65535) throw new McpSetupError("--port must be at most 65535.");
    options.host = (values.host as string | undefined) ?? "127.0.0.1";
  }

  let auditSink: CliConfig["auditSink"];
  if (auditPath) {
    try {
      auditSink = jsonlSink(auditPath);
    } catch (error) {
      throw new McpSetupError(
        `Cannot open the audit log ${auditPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      );
    }
    options.audit = createAuditLog(auditSink);
  }
  return { transport, options, ...(auditSink ? { auditSink } : {}) };
}
