/**
 * The audit chain. Each record is stored as the exact JSON text that was hashed, with the hash of
 * the record before it: hash = sha256(previous hash + "\n" + seq + "\n" + record text). Editing a
 * record breaks its hash; deleting one leaves a gap in the numbers or a head that points past the
 * end. Appends are grouped: records that arrive while a write is in progress go in the next
 * transaction together, and each caller resolves only once its own record is committed.
 */
import { createHash } from "node:crypto";
import type { Sql, SqlQueries } from "./sql.js";

export const GENESIS_HASH = "0".repeat(64);
/** Serialises appends across processes sharing one Postgres. */
const APPEND_LOCK = 4410002;
const VERIFY_PAGE = 1000;

export interface StoredRecord<R> {
  seq: number;
  record: R;
  hash: string;
}

export function chainHash(prevHash: string, seq: number, text: string): string {
  return createHash("sha256").update(`${prevHash}\n${seq}\n${text}`).digest("hex");
}

interface Pending {
  agent: string | null;
  text: string;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

export interface AuditChain<R> {
  /** Resolves with the record's number once it is committed. */
  append(record: R): Promise<number>;
  /** Records still waiting for their transaction. */
  pending(): number;
}

export function createAuditChain<R extends { agent: string | null }>(sql: Sql): AuditChain<R> {
  let queue: Pending[] = [];
  let writing = false;

  async function flush(): Promise<void> {
    writing = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        const seqs = await sql.transaction((tx) => appendBatch(tx, batch));
        batch.forEach((item, i) => {
          item.resolve(seqs[i] as number);
        });
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    writing = false;
  }

  return {
    append(record) {
      return new Promise<number>((resolve, reject) => {
        queue.push({ agent: record.agent, text: JSON.stringify(record), resolve, reject });
        if (!writing) void flush();
      });
    },
    pending: () => queue.length,
  };
}

async function appendBatch(tx: SqlQueries, batch: Pending[]): Promise<number[]> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [APPEND_LOCK]);
  const head = (
    await tx.query<{ seq: string; hash: string }>(
      "SELECT seq::text AS seq, hash FROM audit_head WHERE id = 1",
    )
  )[0];
  let seq = head ? Number(head.seq) : 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const params: unknown[] = [];
  const values: string[] = [];
  const seqs: number[] = [];
  for (const item of batch) {
    seq++;
    const hash = chainHash(prev, seq, item.text);
    const at = params.length;
    values.push(`($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5})`);
    params.push(String(seq), item.agent, item.text, prev, hash);
    seqs.push(seq);
    prev = hash;
  }
  await tx.query(
    `INSERT INTO audit (seq, agent, record, prev_hash, hash) VALUES ${values.join(", ")}`,
    params,
  );
  await tx.query(
    `INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
    [String(seq), prev],
  );
  return seqs;
}

/** The last `limit` records (of one agent when `agent` is given), oldest first. */
export async function tailAudit<R>(
  sql: Sql,
  options: { agent?: string; limit: number },
): Promise<StoredRecord<R>[]> {
  const rows = await sql.query<{ seq: string; record: string; hash: string }>(
    options.agent === undefined
      ? "SELECT seq::text AS seq, record, hash FROM audit ORDER BY audit.seq DESC LIMIT $1"
      : "SELECT seq::text AS seq, record, hash FROM audit WHERE agent = $2 ORDER BY audit.seq DESC LIMIT $1",
    options.agent === undefined ? [options.limit] : [options.limit, options.agent],
  );
  return rows.reverse().map((row) => ({
    seq: Number(row.seq),
    record: JSON.parse(row.record) as R,
    hash: row.hash,
  }));
}

export type Verification =
  | { intact: true; records: number; head: string }
  | { intact: false; records: number; seq: number; problem: string };

/** Walks the whole chain; the first record that was altered or removed, or that it is intact. */
export async function verifyAudit(sql: Sql): Promise<Verification> {
  let expected = 1;
  let prev = GENESIS_HASH;
  for (;;) {
    const rows = await sql.query<{
      seq: string;
      agent: string | null;
      record: string;
      prev_hash: string;
      hash: string;
    }>(
      "SELECT seq::text AS seq, agent, record, prev_hash, hash FROM audit WHERE seq >= $1 ORDER BY audit.seq LIMIT $2",
      [String(expected), VERIFY_PAGE],
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      const broken = checkRow(row, seq, expected, prev);
      if (broken) return { intact: false, records: expected - 1, ...broken };
      prev = row.hash;
      expected = seq + 1;
    }
    if (rows.length < VERIFY_PAGE) break;
  }
  const head = (
    await sql.query<{ seq: string; hash: string }>(
      "SELECT seq::text AS seq, hash FROM audit_head WHERE id = 1",
    )
  )[0];
  const last = expected - 1;
  if (head && Number(head.seq) > last)
    return {
      intact: false,
      records: last,
      seq: last + 1,
      problem: `record ${last + 1} was removed (the chain's head says it ends at record ${head.seq}, but the last record is ${last || "none"})`,
    };
  if ((head && (Number(head.seq) !== last || head.hash !== prev)) || (!head && last > 0))
    return {
      intact: false,
      records: last,
      seq: last,
      problem: `record ${last} was altered (the chain's head does not match the last record)`,
    };
  return { intact: true, records: last, head: prev };
}

function checkRow(
  row: { agent: string | null; record: string; prev_hash: string; hash: string },
  seq: number,
  expected: number,
  prev: string,
): { seq: number; problem: string } | undefined {
  if (seq !== expected)
    return {
      seq: expected,
      problem:
        seq - expected === 1
          ? `record ${expected} was removed`
          : `records ${expected} to ${seq - 1} were removed`,
    };
  if (row.prev_hash !== prev)
    return expected === 1
      ? { seq, problem: `record ${seq} was altered (it does not start the chain)` }
      : {
          seq: seq - 1,
          problem: `record ${seq - 1} was altered (record ${seq} was written after a different record ${seq - 1})`,
        };
  if (chainHash(prev, seq, row.record) !== row.hash)
    return { seq, problem: `record ${seq} was altered (its content does not match its hash)` };
  if (agentOf(row.record) !== row.agent)
    return {
      seq,
      problem: `record ${seq} was altered (its agent column does not match its content)`,
    };
  return undefined;
}

function agentOf(text: string): string | null {
  try {
    return (JSON.parse(text) as { agent?: string | null }).agent ?? null;
  } catch {
    return null;
  }
}
