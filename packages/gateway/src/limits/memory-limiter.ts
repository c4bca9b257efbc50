/**
 * The limits counted in this process: exact for one instance, per instance when several run (the
 * README says so). The same rules as the Redis scripts (redis-scripts.ts): sliding windows for
 * calls and the upstream budget, UTC-day counters for quotas, fair shares among active agents.
 */
import {
  type Admission,
  type AgentCall,
  agentRefusal,
  DAY_MS,
  type Limiter,
  type LimitRefusal,
  quotaRefusal,
  quotasFor,
  upstreamRefusal,
} from "./limiter.js";

export interface MemoryLimiterOptions {
  windowMs: number;
  /** Requests to Cal.com per window; a function so a fallback can follow the instance count. */
  budget: () => number;
  now?: () => number;
}

/** Timestamps of the starts still inside the window. */
class Window {
  private starts: number[] = [];
  count(now: number, windowMs: number): number {
    while (this.starts.length && (this.starts[0] as number) <= now - windowMs) this.starts.shift();
    return this.starts.length;
  }
  /** When the oldest start leaves the window. */
  freesAt(windowMs: number): number {
    return (this.starts[0] ?? 0) + windowMs;
  }
  add(now: number): void {
    this.starts.push(now);
  }
}

export function createMemoryLimiter(options: MemoryLimiterOptions): Limiter {
  const now = options.now ?? Date.now;
  const { windowMs } = options;
  const rates = new Map<string, Window>();
  const quotas = new Map<string, number>();
  const upstreamAll = new Window();
  const upstreamByAgent = new Map<string, Window>();
  const lastSeen = new Map<string, number>();
  let server: { left: number; until: number } | undefined;
  let today = 0;

  /** Yesterday's quota counts are never read again: dropped when a new day starts. */
  function startDay(day: number): void {
    if (day === today) return;
    today = day;
    for (const name of quotas.keys()) if (!name.endsWith(`:${day}`)) quotas.delete(name);
  }

  const windowOf = (map: Map<string, Window>, id: string) => {
    const known = map.get(id);
    if (known) return known;
    const window = new Window();
    map.set(id, window);
    return window;
  };

  async function admit(call: AgentCall): Promise<Admission> {
    const t = now();
    const day = Math.floor(t / DAY_MS);
    startDay(day);
    const limit = call.limits?.callsPerMinute;
    const rate = windowOf(rates, call.agentId);
    if (limit !== undefined && rate.count(t, windowMs) >= limit)
      return {
        ok: false,
        refusal: agentRefusal(limit, windowMs, limit === 0 ? windowMs : rate.freesAt(windowMs) - t),
      };
    const counted = quotasFor(call);
    for (const { key, limit: max } of counted)
      if ((quotas.get(`${call.agentId}:${key}:${day}`) ?? 0) >= max)
        return { ok: false, refusal: quotaRefusal(key, max, (day + 1) * DAY_MS - t) };
    if (limit !== undefined) rate.add(t);
    for (const { key } of counted) {
      const name = `${call.agentId}:${key}:${day}`;
      quotas.set(name, (quotas.get(name) ?? 0) + 1);
    }
    return { ok: true, ticket: { agentId: call.agentId, keys: counted.map((q) => q.key), day } };
  }

  function activeAgents(t: number, agentId: string): string[] {
    lastSeen.set(agentId, t);
    for (const [id, seen] of lastSeen) if (seen <= t - 2 * windowMs) lastSeen.delete(id);
    return [...lastSeen.keys()];
  }

  async function takeUpstream(agentId: string): Promise<LimitRefusal | undefined> {
    const t = now();
    if (server && t >= server.until) server = undefined;
    if (server && server.left <= 0) return upstreamRefusal("calcom", server.until - t);
    const budget = options.budget();
    const total = upstreamAll.count(t, windowMs);
    if (total >= budget) return upstreamRefusal("budget", upstreamAll.freesAt(windowMs) - t);
    const agents = activeAgents(t, agentId);
    const share = Math.max(1, Math.floor(budget / agents.length));
    let reserved = 0;
    for (const id of agents)
      if (id !== agentId)
        reserved += Math.max(0, share - windowOf(upstreamByAgent, id).count(t, windowMs));
    const mine = windowOf(upstreamByAgent, agentId);
    if (mine.count(t, windowMs) >= share && budget - total - reserved <= 0)
      return upstreamRefusal("share", mine.freesAt(windowMs) - t);
    upstreamAll.add(t);
    mine.add(t);
    if (server) server.left--;
    return undefined;
  }

  return {
    home: "memory",
    admit,
    async refund(ticket) {
      for (const key of ticket.keys) {
        const name = `${ticket.agentId}:${key}:${ticket.day}`;
        quotas.set(name, Math.max(0, (quotas.get(name) ?? 0) - 1));
      }
    },
    takeUpstream,
    observeUpstream({ remaining, resetSeconds }) {
      server = { left: remaining, until: now() + resetSeconds * 1000 };
    },
    async close() {},
  };
}
