import { createWebhookHandler } from "@calkit/webhooks";
import type { createClient } from "redis";

/** `redis` is a connected node-redis client; `metrics` your metrics library. */
export function withSharedKeys(
  secret: string,
  redis: ReturnType<typeof createClient>,
  metrics: { increment(name: string): void },
) {
  return createWebhookHandler({
    secret,
    isDuplicate: async (key) => (await redis.exists(`cal:${key}`)) === 1,
    onProcessed: async (key) => void (await redis.set(`cal:${key}`, "1", { EX: 7 * 24 * 3600 })),
    onDuplicate: () => metrics.increment("cal.webhook.duplicate"),
  });
}
