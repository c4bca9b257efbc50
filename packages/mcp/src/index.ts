/**
 * @calkit/mcp — Cal.com API v2 as an MCP server (stdio and Streamable HTTP): only the tools the
 * credentials, scopes, flags and agent policy allow; results bounded; every call guardable and audited.
 * @example
 *   const server = createCalkitMcpServer({ credential: { kind: "apiKey", apiKey: process.env.CAL_API_KEY! }, readOnly: true });
 *   await server.connect(new StdioServerTransport());
 */
export {
  type CliConfig,
  DEFAULT_HTTP_RATE_LIMIT,
  DEFAULT_PORT,
  HELP,
  parseCliConfig,
  type Transport,
} from "./config.js";
export {
  type CalCredential,
  type ClientSettings,
  credentialFromEnv,
  credentialFromHeaders,
  McpSetupError,
  parseScopes,
} from "./credentials.js";
export {
  type HttpServerHandle,
  type HttpServerOptions,
  MCP_PATH,
  startHttpServer,
} from "./http.js";
export { createRateLimiter, type RateLimiter } from "./rate-limit.js";
export { ERROR_META, OMITTED_META, TRUNCATED_META } from "./result.js";
export {
  createCalkitMcpServer,
  createServerState,
  SERVER_NAME,
  type ServerState,
  VERSION,
} from "./server.js";
export {
  createSessionRegistry,
  type JsonRpcId,
  type Session,
  type SessionLimits,
  type SessionRegistry,
} from "./sessions.js";
export { startMcpSession } from "./start-session.js";
export { type StdioHandle, serveStdio } from "./stdio.js";
export { type CalkitMcpOptions, normalizeToolsets, type Toolbox } from "./toolbox.js";
