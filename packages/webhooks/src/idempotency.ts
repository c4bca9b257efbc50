/**
 * Delivery keys for idempotency. Cal.com may deliver the same event more than once (a retried
 * delivery, a subscription listed twice); a receiver that remembers the keys it has handled can
 * answer the repeats with 200 without acting again.
 */
import { bufferSource, toBytes, toHex } from "./bytes.js";
import type { ParsedEvent } from "./parse.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The id a payload is about: booking uid, booking id, or out-of-office entry. */
function subjectId(payload: Record<string, unknown>): string | undefined {
  for (const key of ["uid", "bookingUid"]) {
    const value = payload[key];
    if (typeof value === "string" && value) return value;
  }
  const entry = isObject(payload.oooEntry) ? payload.oooEntry : undefined;
  if (entry && typeof entry.uuid === "string" && entry.uuid) return `ooo-${entry.uuid}`;
  if (entry && typeof entry.id === "number") return `ooo-${entry.id}`;
  for (const key of ["bookingId", "id"]) {
    const value = payload[key];
    if (typeof value === "number") return `booking-${value}`;
  }
  return undefined;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle)
    throw new Error("Web Crypto (globalThis.crypto.subtle) is not available in this runtime.");
  return toHex(await crypto.subtle.digest("SHA-256", bufferSource(bytes)));
}

/**
 * `<trigger>:<booking uid or id>:<createdAt>` (e.g. `BOOKING_CANCELLED:fkZ3Ppsm8SFGRYxHZGGcnN:2026-11-26T08:30:12.040Z`),
 * or `<trigger>:sha256:<hex of the body>` when the payload names no booking or entry (form
 * submissions, unknown triggers).
 */
export async function idempotencyKey(
  event: ParsedEvent,
  rawBody: string | Uint8Array,
): Promise<string> {
  const id = isObject(event.payload) ? subjectId(event.payload) : undefined;
  if (id !== undefined) return `${event.triggerEvent}:${id}:${event.createdAt}`;
  return `${event.triggerEvent}:sha256:${await sha256Hex(toBytes(rawBody))}`;
}

/** What createWebhookHandler needs to skip deliveries it has already handled. */
export interface Deduplicator {
  /** True when `key` was handled before: the delivery is answered 200 without calling handlers. */
  isDuplicate(key: string, event: ParsedEvent): boolean | Promise<boolean>;
  /** Called once every handler succeeded for `key`: remember it. */
  onProcessed(key: string, event: ParsedEvent): void | Promise<void>;
}

/**
 * Remembers the last `maxKeys` handled keys in memory: enough for one process. With several
 * instances, back `isDuplicate`/`onProcessed` with a shared store (Redis `SET NX`, a unique
 * database column) instead.
 */
export function memoryDeduplicator(maxKeys = 10_000): Deduplicator {
  const seen = new Set<string>();
  return {
    isDuplicate: (key) => seen.has(key),
    onProcessed: (key) => {
      seen.delete(key);
      seen.add(key);
      while (seen.size > maxKeys) seen.delete(seen.values().next().value as string);
    },
  };
}
