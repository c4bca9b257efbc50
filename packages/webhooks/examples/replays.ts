import { createWebhookHandler } from "@calkit/webhooks";
import type { createClient } from "redis";

/** `redis` is a connected node-redis client. */
export function withReplayProtection(secret: string, redis: ReturnType<typeof createClient>) {
  return createWebhookHandler({
    secret,
    maxAgeMs: 10 * 60_000, // refuse (400) deliveries whose createdAt is older than 10 minutes
    store: {
      // atomic: true only for the first claim; keep the key until the window ends
      claim: async (key, expiresAt) =>
        (await redis.set(
          `cal:${key}`,
          "1",
          expiresAt ? { NX: true, PXAT: expiresAt } : { NX: true },
        )) === "OK",
      release: async (key) => void (await redis.del(`cal:${key}`)),
    },
  });
}
