/**
 * The identity an approval is bound to: which agent, which operation, these exact arguments (in a
 * canonical key order, as Idempotency-Key fingerprints them) and the `cal-api-version`. The call
 * sent after an approval must hash the same, or it is not sent.
 */
import { createHash } from "node:crypto";
import { fingerprintOf } from "./idempotent.js";

export function requestHashOf(
  agentId: string,
  operationId: string,
  args: Readonly<Record<string, unknown>>,
  apiVersion: string | null | undefined,
): string {
  return createHash("sha256")
    .update(JSON.stringify([agentId, apiVersion ?? null, fingerprintOf(operationId, { ...args })]))
    .digest("hex");
}
