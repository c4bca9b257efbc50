/** `calkit-gateway --help`. */
export const HELP = `calkit-gateway: agents reach Cal.com through this gateway, which holds the Cal.com credential.

Usage:
  calkit-gateway serve [--host 127.0.0.1] [--port 4410]
  calkit-gateway agent add <name> --policy <file> [--expires 30d|<ISO time>]
  calkit-gateway agent list [--json]
  calkit-gateway agent revoke <name>
  calkit-gateway agent policy <name> --policy <file>
  calkit-gateway audit tail [--agent <name>] [--json] [--limit 20]
  calkit-gateway audit verify

Environment:
  CAL_API_KEY              the Cal.com API key the gateway uses (or CAL_API_KEY_FILE: a file holding it)
  CAL_OAUTH_ACCESS_TOKEN   instead of an API key: an OAuth access token (CAL_OAUTH_SCOPES: its scopes)
  CAL_OAUTH_REFRESH_TOKEN, CAL_OAUTH_CLIENT_ID, CAL_OAUTH_CLIENT_SECRET   to refresh it (needs CALKIT_GATEWAY_SECRET,
                           which encrypts the refreshed tokens the gateway stores)
  CAL_PLATFORM_CLIENT_ID, CAL_PLATFORM_SECRET_KEY   or a Platform OAuth client's credentials
  CAL_API_BASE_URL         Cal.com's API (default https://api.cal.com)
  CALKIT_GATEWAY_DATA      folder of the embedded store (default ./.calkit-gateway)
  DATABASE_URL             a Postgres server to use instead of the embedded store
  CALKIT_GATEWAY_SYNCHRONOUS_COMMIT=off   Postgres: do not wait for the WAL flush (faster; see the README)
  CALKIT_ADMIN_TOKEN       turns on the admin page at {base}/admin and the admin API (32+ characters;
                           or CALKIT_ADMIN_TOKEN_FILE)
  CALKIT_APPROVAL_TTL      how long a call held for approval (policy level or rule "ask") may wait; default 10m
  CALKIT_APPROVAL_WAIT     how long the agent's request waits before a 202 with the approval id; default 50s
  CALKIT_APPROVAL_WEBHOOK_URL   a Slack-compatible webhook told of each new approval request

serve prints its base URL (http://127.0.0.1:PORT) as the first line on stdout; --port 0 picks a free port.
Agents call {base}/v2/... with "Authorization: Bearer <agent token>", and MCP clients use {base}/mcp.
A call held for approval is read later with GET {base}/approvals/<id> (same agent token).
`;
