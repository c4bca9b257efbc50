/**
 * The limiter the configuration names: Redis shared by every instance when `REDIS_URL` is set
 * (with the local fallback for reads while Redis is down), otherwise this process's own counts.
 */
import { createHash } from "node:crypto";
import type { CalClientOptions } from "@calkit/client";
import type { LimitConfig } from "../serve-config.js";
import { type FallbackEvents, withLocalFallback } from "./fallback-limiter.js";
import type { Limiter } from "./limiter.js";
import { createMemoryLimiter } from "./memory-limiter.js";
import { openRedisLimiter } from "./redis-limiter.js";

/** Names the credential in Redis keys: a hash of where it goes and what it is, never the secret. */
export function credentialIdOf(client: CalClientOptions): string {
  const secret =
    client.apiKey ??
    client.platform?.clientId ??
    client.oauth?.clientId ??
    client.oauth?.refreshToken ??
    client.oauth?.accessToken ??
    "";
  return createHash("sha256")
    .update(`${client.baseUrl ?? ""}\n${secret}`)
    .digest("hex")
    .slice(0, 24);
}

export async function openLimiter(
  config: LimitConfig,
  client: CalClientOptions,
  events: FallbackEvents = {},
): Promise<Limiter> {
  if (!config.redisUrl)
    return createMemoryLimiter({ windowMs: config.windowMs, budget: () => config.upstreamBudget });
  let instances = 1;
  const shared = await openRedisLimiter({
    url: config.redisUrl,
    windowMs: config.windowMs,
    budget: config.upstreamBudget,
    credentialId: credentialIdOf(client),
    onInstances: (count) => {
      instances = count;
    },
  });
  return withLocalFallback(
    shared,
    { windowMs: config.windowMs, budget: config.upstreamBudget, instances: () => instances },
    events,
  );
}
