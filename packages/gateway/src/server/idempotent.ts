/**
 * `Idempotency-Key` on writes: the first request with a key is forwarded and its answer stored;
 * a repeat gets the stored answer (nothing sent), a concurrent repeat waits for the first, and a
 * key reused for a different request is refused. An answer is stored whenever the request may
 * have reached Cal.com; a key is freed only when nothing was sent. A key whose first request was
 * lost with its instance is settled, after `leaseMs`, as "outcome unknown", never resent.
 */
import { createHash } from "node:crypto";
import { claimKey, completeKey, releaseKey } from "../store/idempotency.js";
import type { Sql } from "../store/sql.js";
import { type Answer, errorAnswer } from "./answer.js";

export const MAX_KEY_LENGTH = 255;
const WAIT_STEP_MS = 25;

const ORPHAN_ANSWER = errorAnswer(
  502,
  "The gateway stopped while it was making the first request with this Idempotency-Key, so its outcome is unknown and the change may have been made: check (for example by listing) before repeating it with a new key.",
);

export type KeyedRun =
  | { kind: "forward"; complete(answer: Answer, sent: boolean): Promise<void> }
  | { kind: "answer"; answer: Answer; replayed: boolean };

/** The request's identity for the key: the operation and its validated arguments. */
export function fingerprintOf(operationId: string, args: Record<string, unknown>): string {
  return createHash("sha256")
    .update(JSON.stringify([operationId, canonical(args)]))
    .digest("hex");
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export function keyProblem(key: string): string | undefined {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key))
    return `Idempotency-Key must be 1-${MAX_KEY_LENGTH} visible ASCII characters (a UUID is ideal).`;
  return undefined;
}

export async function runWithKey(
  sql: Sql,
  agentId: string,
  key: string,
  fingerprint: string,
  waitMs: number,
  leaseMs?: number,
): Promise<KeyedRun> {
  const deadline = Date.now() + waitMs;
  const lease = leaseMs === undefined ? undefined : { ms: leaseMs, answer: ORPHAN_ANSWER };
  for (;;) {
    const claim = await claimKey(sql, agentId, key, fingerprint, lease);
    if (claim.kind === "orphaned")
      return {
        kind: "answer",
        replayed: false,
        answer: { status: claim.status, headers: ORPHAN_ANSWER.headers, body: claim.answer },
      };
    if (claim.kind === "claimed")
      return {
        kind: "forward",
        async complete(answer, sent) {
          if (sent) await completeKey(sql, agentId, key, answer.status, answer.body);
          else await releaseKey(sql, agentId, key);
        },
      };
    if (claim.kind === "replay")
      return {
        kind: "answer",
        replayed: true,
        answer: {
          status: claim.status,
          headers: {
            "content-type": "application/json; charset=utf-8",
            "idempotent-replayed": "true",
          },
          body: claim.answer,
        },
      };
    if (claim.kind === "mismatch")
      return {
        kind: "answer",
        replayed: false,
        answer: errorAnswer(
          422,
          "This Idempotency-Key was already used for a different request; use a new key for a new request.",
        ),
      };
    if (Date.now() >= deadline)
      return {
        kind: "answer",
        replayed: false,
        answer: errorAnswer(
          409,
          "A request with this Idempotency-Key is still in progress (or its outcome is unknown); do not send it with a new key: repeat it with the same key later.",
        ),
      };
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
