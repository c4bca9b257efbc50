/**
 * Agents by token id, cached so a call does not wait on the store to learn who is calling. Any
 * change to an agent (revoke, new policy) NOTIFYs every gateway sharing the store, which drops its
 * cache at once; entries also expire after `ttlMs`, a bound on staleness should a notification be
 * lost (a dropped connection). Unknown token ids are not cached: a guessed id costs a query.
 */
import { AGENTS_CHANGED, type AgentWithPolicy, findAgentByTokenId } from "../store/agents.js";
import type { Sql } from "../store/sql.js";

export const AGENT_CACHE_TTL_MS = 2_000;

export interface AgentCache {
  find(tokenId: string): Promise<AgentWithPolicy | undefined>;
  close(): Promise<void>;
}

export async function createAgentCache(sql: Sql, ttlMs = AGENT_CACHE_TTL_MS): Promise<AgentCache> {
  const cached = new Map<string, { agent: AgentWithPolicy; until: number }>();
  const stop = await sql.listen(AGENTS_CHANGED, () => cached.clear());
  return {
    async find(tokenId) {
      const hit = cached.get(tokenId);
      if (hit && hit.until > Date.now()) return hit.agent;
      const agent = await findAgentByTokenId(sql, tokenId);
      if (agent) cached.set(tokenId, { agent, until: Date.now() + ttlMs });
      else cached.delete(tokenId);
      return agent;
    },
    close: () => stop(),
  };
}
