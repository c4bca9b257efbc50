/**
 * The audit chain. Each record is stored as the exact JSON text that was hashed, with the hash of
 * the record before it: hash = sha256(previous hash + "\n" + seq + "\n" + record text). Editing a
 * record breaks its hash; deleting one leaves a gap in the numbers or a head that points past the
 * end. Appends are grouped: records that arrive while a write is in progress go in the next
 * statement together, and each caller resolves only once its own record is committed. Several
 * gateways may share one Postgres: each append moves the head only from where its writer saw it.
 */
import { createHash } from "node:crypto";
import type { Sql, SqlQueries } from "./sql.js";

export const GENESIS_HASH = "0".repeat(64);
/** Records written in one statement at most (a burst is split into several). */
const MAX_BATCH = 500;
const MAX_ATTEMPTS = 50;
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
  const queue: Pending[] = [];
  let writing = false;
  /** The head as this process last wrote or read it; another writer makes it stale (then re-read). */
  let head: Head | undefined;

  async function write(batch: Pending[]): Promise<number[]> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      head ??= await readHead(sql);
      const written = await appendAfter(sql, head, batch);
      if (written) {
        head = written.head;
        return written.seqs;
      }
      head = undefined; // another process appended first: read its head and chain after it
    }
    throw new Error(`the audit chain's head kept moving; gave up after ${MAX_ATTEMPTS} attempts`);
  }

  async function flush(): Promise<void> {
    writing = true;
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const seqs = await write(batch);
        batch.forEach((item, i) => {
          item.resolve(seqs[i] as number);
        });
      } catch (error) {
        head = undefined;
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

interface Head {
  seq: number;
  hash: string;
}

async function readHead(sql: SqlQueries): Promise<Head> {
  // Migrations create the head; should it be gone, start it again (records already there would
  // then clash by number, and verify names the gap: an append never silently forks the chain).
  await sql.query(
    "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, $1) ON CONFLICT (id) DO NOTHING",
    [GENESIS_HASH],
  );
  const row = (
    await sql.query<{ seq: string; hash: string }>(
      "SELECT seq::text AS seq, hash FROM audit_head WHERE id = 1",
    )
  )[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends `batch` after `head` in one statement (one round trip, one commit): the head moves only
 * if it is still where this process saw it, and the records go in only if it moved. Undefined when
 * another process appended first.
 */
async function appendAfter(
  sql: SqlQueries,
  head: Head,
  batch: Pending[],
): Promise<{ head: Head; seqs: number[] } | undefined> {
  const params: unknown[] = [];
  const values: string[] = [];
  const seqs: number[] = [];
  let seq = head.seq;
  let prev = head.hash;
  for (const item of batch) {
    seq++;
    const hash = chainHash(prev, seq, item.text);
    const at = params.length + 4;
    values.push(
      `($${at + 1}::bigint, $${at + 2}::text, $${at + 3}::text, $${at + 4}::text, $${at + 5}::text)`,
    );
    params.push(String(seq), item.agent, item.text, prev, hash);
    seqs.push(seq);
    prev = hash;
  }
  const rows = await sql.query(
    `WITH moved AS (
       UPDATE audit_head SET seq = $1::bigint, hash = $2 WHERE id = 1 AND seq = $3::bigint AND hash = $4 RETURNING id
     )
     INSERT INTO audit (seq, agent, record, prev_hash, hash)
     SELECT v.seq, v.agent, v.record, v.prev_hash, v.hash
     FROM (VALUES ${values.join(", ")}) AS v (seq, agent, record, prev_hash, hash)
     WHERE EXISTS (SELECT 1 FROM moved)
     RETURNING seq`,
    [String(seq), prev, String(head.seq), head.hash, ...params],
  );
  return rows.length === batch.length ? { head: { seq, hash: prev }, seqs } : undefined;
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
