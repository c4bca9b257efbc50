/**
 * What a call does when Redis cannot be reached: writes fail closed (503, nothing sent: a write
 * that cannot be counted could break a quota or the upstream budget), reads go on under this
 * process's own limits, with the upstream budget divided by the number of instances Redis last
 * reported, so the instances together stay near the shared budget while Redis is down.
 */

import {
  type Admission,
  type Limiter,
  LimiterUnavailableError,
  type LimitRefusal,
  UNAVAILABLE,
} from "./limiter.js";
import { createMemoryLimiter } from "./memory-limiter.js";

export interface FallbackEvents {
  /** Redis stopped (true) or started again (false) answering. */
  onDegraded?(degraded: boolean): void;
}

export function withLocalFallback(
  shared: Limiter,
  options: { windowMs: number; budget: number; instances: () => number },
  events: FallbackEvents = {},
): Limiter {
  const local = createMemoryLimiter({
    windowMs: options.windowMs,
    budget: () => Math.max(1, Math.floor(options.budget / Math.max(1, options.instances()))),
  });
  let degraded = false;
  const mark = (now: boolean) => {
    if (now !== degraded) events.onDegraded?.(now);
    degraded = now;
  };

  async function either<T>(
    access: "read" | "write",
    sharedWork: () => Promise<T>,
    localWork: () => Promise<T>,
    refused: T,
  ): Promise<T> {
    try {
      const result = await sharedWork();
      mark(false);
      return result;
    } catch (error) {
      if (!(error instanceof LimiterUnavailableError)) throw error;
      mark(true);
      return access === "write" ? refused : localWork();
    }
  }

  return {
    home: "redis",
    admit: (call) =>
      either<Admission>(
        call.operation.access,
        () => shared.admit(call),
        () => local.admit(call),
        { ok: false, refusal: UNAVAILABLE },
      ),
    async refund(ticket) {
      await shared.refund(ticket).catch(() => local.refund(ticket));
    },
    takeUpstream: (agentId, access) =>
      either<LimitRefusal | undefined>(
        access,
        () => shared.takeUpstream(agentId, access),
        () => local.takeUpstream(agentId, access),
        UNAVAILABLE,
      ),
    observeUpstream(rateLimit) {
      shared.observeUpstream(rateLimit);
      local.observeUpstream(rateLimit);
    },
    close: () => shared.close(),
  };
}
