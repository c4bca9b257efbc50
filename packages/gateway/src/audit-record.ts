/**
 * What the gateway writes to the audit chain for every call an authenticated agent makes, allowed,
 * denied or refused. Never a secret: arguments are redacted, tokens appear only as their public id.
 */
export interface GatewayAuditRecord {
  /** ISO 8601 instant the call arrived. */
  time: string;
  agent: string | null;
  agentId: string | null;
  /** The public id of the token used (`ckgw_<id>_…`), never the token. */
  tokenId: string | null;
  /** Operation id, or null when the request matched none. */
  operation: string | null;
  method: string;
  path: string;
  resource: string | null;
  access: "read" | "write" | null;
  /** Ids the call is about. */
  target: Record<string, string | number>;
  /** The arguments, with secret-looking values replaced and long values cut. */
  args: Record<string, unknown>;
  /** allowed: sent upstream; denied: the policy said no; refused: the request itself was unusable. */
  decision: "allowed" | "denied" | "refused";
  /** The rule that decided, in words. */
  reason: string;
  policyRevision: number | null;
  outcome: {
    status: "ok" | "error" | "not-sent";
    httpStatus?: number;
    error?: string;
  };
  upstream: { status?: number; requestId?: string };
  idempotency?: { key: string; replayed: boolean };
  latencyMs: number;
  sentence: string;
}
