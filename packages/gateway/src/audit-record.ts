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
  /**
   * allowed: sent upstream; denied: the policy (or an approver) said no; refused: the request
   * itself was unusable; held: waiting for a person's approval; admin: a change made by an admin.
   */
  decision: "allowed" | "denied" | "refused" | "held" | "admin";
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
  /** The approval this record is about, and who decided it. */
  approval?: { id: string; by?: string; state?: string };
  /** Who made an admin change (the name given at login, or "admin API"). */
  actor?: string;
  latencyMs: number;
  sentence: string;
}
