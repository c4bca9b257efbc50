/**
 * Audit records of what admins do on the admin page or API (create, revoke, policy changes):
 * decision "admin", the person as `actor`, the agent concerned as `agent`, nothing sent.
 */
import type { GatewayAuditRecord } from "./audit-record.js";
import type { AgentRow } from "./store/agents.js";

/** `did` finishes "<who> …" ("revoked agent support"). */
export function adminRecord(who: string, agent: AgentRow, did: string): GatewayAuditRecord {
  return {
    time: new Date().toISOString(),
    agent: agent.name,
    agentId: agent.id,
    tokenId: agent.tokenId,
    operation: null,
    method: "POST",
    path: "/admin",
    resource: null,
    access: null,
    target: {},
    args: {},
    decision: "admin",
    reason: `an admin change by ${who}`,
    policyRevision: agent.policyRevision,
    outcome: { status: "not-sent" },
    upstream: {},
    latencyMs: 0,
    actor: who,
    sentence: `${who} ${did}.`,
  };
}
