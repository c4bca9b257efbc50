/**
 * The MCP server: the SDK's low-level `Server`, so our generated JSON Schemas go to clients as they
 * are. `tools/list` shows only what the caller may use; `tools/call` runs through the guard (when a
 * policy is set) and never throws for a model's mistake: errors are `isError` results.
 */
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from "@modelcontextprotocol/sdk/types.js";
import packageJson from "../package.json" with { type: "json" };
import { answerMalformedToolCalls } from "./call-params.js";
import { type CalCredential, fingerprint } from "./credentials.js";
import { createRateLimiter, type RateLimiter } from "./rate-limit.js";
import { errorResult } from "./result.js";
import { type CalkitMcpOptions, type Core, createCore, type Toolbox } from "./toolbox.js";

export const SERVER_NAME = "calkit-mcp";
export const VERSION: string = packageJson.version;

/** Where an HTTP request's own credential travels to the handlers (`AuthInfo.extra`). */
export const CREDENTIAL_KEY = "calkitCredential";

/** Server-wide state shared by every MCP session: options, toolboxes per credential, rate limiter. */
export interface ServerState {
  readonly core: Core;
  readonly limiter: RateLimiter | undefined;
}

export function createServerState(options: CalkitMcpOptions): ServerState {
  const core = createCore(options);
  const limiter =
    options.rateLimit && options.rateLimit > 0 ? createRateLimiter(options.rateLimit) : undefined;
  return { core, limiter };
}

function instructionsFor(options: CalkitMcpOptions): string {
  const lines = [
    "Cal.com scheduling through the Cal.com API v2: bookings, event types, free slots, schedules, calendars, profile, teams, webhooks, organization members.",
    "Find free times with cal_slots_list before booking; times are ISO 8601 (UTC unless a time zone is given). Writes email attendees: confirm with the user first.",
    "Tool errors say what to do next; a call refused by policy must not be retried.",
  ];
  if (options.dynamic)
    lines.push("Use cal_search_operations, then cal_describe_operation, then cal_call_operation.");
  if (options.readOnly) lines.push("This server is read-only.");
  return lines.join("\n");
}

function credentialOf(
  state: ServerState,
  authInfo: AuthInfo | undefined,
): CalCredential | undefined {
  const own = authInfo?.extra?.[CREDENTIAL_KEY] as CalCredential | undefined;
  return own ?? state.core.options.credential;
}

const NO_CREDENTIAL =
  "No Cal.com credential: start the server with CAL_API_KEY (or CAL_OAUTH_ACCESS_TOKEN), or send `Authorization: Bearer <Cal.com API key or OAuth token>` with each HTTP request.";

/** The SDK's server, answering malformed `tools/call` params itself on every transport it connects to. */
class CalkitServer extends Server {
  override async connect(transport: Transport): Promise<void> {
    await super.connect(transport);
    answerMalformedToolCalls(transport);
  }
}

/** One MCP `Server` (one per session over HTTP), over shared state or fresh options. */
export function createCalkitMcpServer(stateOrOptions: ServerState | CalkitMcpOptions): Server {
  const state =
    "core" in stateOrOptions && "limiter" in stateOrOptions
      ? stateOrOptions
      : createServerState(stateOrOptions as CalkitMcpOptions);
  const server = new CalkitServer(
    { name: SERVER_NAME, title: "Cal.com (calkit)", version: VERSION },
    {
      capabilities: { tools: { listChanged: false } },
      instructions: instructionsFor(state.core.options),
    },
  );

  function toolboxOf(authInfo: AuthInfo | undefined): Toolbox | undefined {
    const credential = credentialOf(state, authInfo);
    return credential ? state.core.toolbox(credential) : undefined;
  }

  server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => {
    const box = toolboxOf(extra.authInfo);
    if (!box) throw new McpError(ErrorCode.InvalidRequest, NO_CREDENTIAL);
    return { tools: box.tools as never };
  });

  server.setRequestHandler(
    CallToolRequestSchema,
    async (request, extra): Promise<CallToolResult> => {
      const credential = credentialOf(state, extra.authInfo);
      if (!credential)
        return errorResult({ kind: "unauthorized", message: NO_CREDENTIAL, retryable: false });
      if (state.limiter) {
        const taken = state.limiter.take(fingerprint(credential));
        if (!taken.ok) {
          return errorResult({
            kind: "rate_limited",
            message: `Rate limited by this MCP server: at most ${state.limiter.perMinute} tool calls a minute per credential. Nothing was sent; retry after ${taken.retryAfterSeconds} s.`,
            retryAfterSeconds: taken.retryAfterSeconds,
            retryable: true,
          });
        }
      }
      return state.core
        .toolbox(credential)
        .call(request.params.name, request.params.arguments ?? {}, extra.signal);
    },
  );

  return server;
}
