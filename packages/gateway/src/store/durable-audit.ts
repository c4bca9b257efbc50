/**
 * Audit appends that outlast a store outage: a record that cannot be written is tried again until
 * the store answers or `retryMs` passes, and the answer to its call waits for it (an answer never
 * goes out before its record). While an append is failing the store counts as down, and
 * `storeReady` lets the forwarder send nothing new until a probe gets through.
 */
import type { AuditChain } from "./audit-chain.js";
import type { Sql } from "./sql.js";

const FIRST_PAUSE_MS = 50;
const MAX_PAUSE_MS = 1_000;

export interface DurableAudit<R> {
  append(record: R): Promise<number>;
  /** False while the store is known to be down and a probe does not get through. */
  storeReady(): Promise<boolean>;
}

export function createDurableAudit<R>(
  chain: AuditChain<R>,
  sql: Sql,
  options: { retryMs: number; onOutage?: (down: boolean) => void },
): DurableAudit<R> {
  let down = false;
  const mark = (now: boolean) => {
    if (now !== down) options.onOutage?.(now);
    down = now;
  };

  async function append(record: R): Promise<number> {
    const deadline = Date.now() + options.retryMs;
    for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(MAX_PAUSE_MS, pause * 2)) {
      try {
        const seq = await chain.append(record);
        mark(false);
        return seq;
      } catch (error) {
        mark(true);
        if (Date.now() + pause > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  return {
    append,
    async storeReady() {
      if (!down) return true;
      try {
        await sql.query("SELECT 1");
        mark(false);
        return true;
      } catch {
        return false;
      }
    },
  };
}
