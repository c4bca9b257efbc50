/**
 * The limits shared by every gateway instance through one Redis (`REDIS_URL`): each decision is
 * one Lua script (redis-scripts.ts), atomic across instances. Any Redis failure is a
 * LimiterUnavailableError; fallback-limiter.ts decides what a call does then.
 */
import { randomUUID } from "node:crypto";
import type { CalRateLimit } from "@calkit/client";
import { Redis } from "ioredis";
import {
  type Admission,
  type AgentCall,
  agentRefusal,
  type Limiter,
  LimiterUnavailableError,
  quotaRefusal,
  quotasFor,
  type UpstreamReason,
  upstreamRefusal,
} from "./limiter.js";
import { ADMIT, OBSERVE_UPSTREAM, REFUND, TAKE_UPSTREAM } from "./redis-scripts.js";

export interface RedisLimiterOptions {
  url: string;
  windowMs: number;
  budget: number;
  /** Names the upstream credential in keys (a hash, never the credential). */
  credentialId: string;
  /** Called with how many instances took upstream slots in the last two windows. */
  onInstances?: (count: number) => void;
}

type Script = (numKeys: number, ...args: (string | number)[]) => Promise<unknown>;
type Scripts = Record<"admit" | "refund" | "takeUpstream" | "observeUpstream", Script>;

const CONNECT_TIMEOUT_MS = 5_000;
const UPSTREAM_WHY: Record<number, UpstreamReason> = { 1: "budget", 2: "share", 3: "calcom" };

/** host:port of a Redis URL: what messages may show (never the password). */
export function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "REDIS_URL";
  }
}

export async function openRedisLimiter(options: RedisLimiterOptions): Promise<Limiter> {
  const redis = new Redis(options.url, {
    // Fail at once while disconnected instead of queueing: a call must not wait on a dead Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1_000,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(100 * times, 1_000),
    lazyConnect: true,
  });
  redis.on("error", () => {}); // reconnects on its own; each failed command is reported instead
  try {
    await redis.connect();
  } catch {
    redis.disconnect();
    throw new LimiterUnavailableError(
      `Cannot connect to Redis at ${describeRedisUrl(options.url)}.`,
    );
  }
  redis.defineCommand("admit", { lua: ADMIT });
  redis.defineCommand("refund", { lua: REFUND });
  redis.defineCommand("takeUpstream", { lua: TAKE_UPSTREAM });
  redis.defineCommand("observeUpstream", { lua: OBSERVE_UPSTREAM });
  const scripts = redis as unknown as Scripts;
  const instance = randomUUID();
  const prefix = "calkit:";
  const upstream = `${prefix}upstream:${options.credentialId}:`;
  let sequence = 0;
  const member = () => `${instance}:${++sequence}`;

  async function run<T>(work: () => Promise<unknown>): Promise<T> {
    try {
      return (await work()) as T;
    } catch (error) {
      throw new LimiterUnavailableError(`Redis: ${(error as Error).name}`);
    }
  }

  async function admit(call: AgentCall): Promise<Admission> {
    const counted = quotasFor(call);
    const agent = `${prefix}agent:${call.agentId}:`;
    const rate = call.limits?.callsPerMinute;
    const result = await run<number[]>(() =>
      scripts.admit(
        1 + counted.length,
        `${agent}calls`,
        ...counted.map((q) => `${agent}${q.key}`),
        options.windowMs,
        rate ?? -1,
        member(),
        ...counted.map((q) => q.limit),
      ),
    );
    const [ok, which, retryMs] = result as [number, number, number];
    if (ok === 1)
      return {
        ok: true,
        ticket: { agentId: call.agentId, keys: counted.map((q) => q.key), day: which },
      };
    if (which === 1)
      return { ok: false, refusal: agentRefusal(rate ?? 0, options.windowMs, retryMs) };
    const quota = counted[which - 2] as { key: (typeof counted)[number]["key"]; limit: number };
    return { ok: false, refusal: quotaRefusal(quota.key, quota.limit, retryMs) };
  }

  return {
    home: "redis",
    admit,
    async refund(ticket) {
      if (!ticket.keys.length) return;
      const agent = `${prefix}agent:${ticket.agentId}:`;
      await run(() =>
        scripts.refund(ticket.keys.length, ...ticket.keys.map((k) => `${agent}${k}`), ticket.day),
      );
    },
    async takeUpstream(agentId) {
      const [ok, retryMs, instances, why] = await run<number[]>(() =>
        scripts.takeUpstream(
          4,
          `${upstream}starts`,
          `${upstream}agents`,
          `${upstream}calcom`,
          `${upstream}instances`,
          options.windowMs,
          options.budget,
          agentId,
          member(),
          instance,
          `${upstream}agent:`,
        ),
      );
      options.onInstances?.(instances as number);
      if (ok === 1) return undefined;
      return upstreamRefusal(UPSTREAM_WHY[why as number] ?? "budget", retryMs as number);
    },
    observeUpstream({ remaining, resetSeconds }: CalRateLimit) {
      void run(() =>
        scripts.observeUpstream(1, `${upstream}calcom`, remaining, resetSeconds * 1000),
      ).catch(() => {});
    },
    async close() {
      redis.disconnect();
    },
  };
}
