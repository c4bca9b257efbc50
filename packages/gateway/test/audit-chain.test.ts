// The audit chain on a real embedded store and a real Postgres: concurrent appends stay one chain, and `verify` names
// the first record that was edited or deleted, including a deleted tail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAuditChain, tailAudit, verifyAudit } from "../src/store/audit-chain.js";
import type { Sql } from "../src/store/sql.js";
import { openTestStore, storeEngines } from "./store-engines.js";

interface Rec {
  agent: string | null;
  n: number;
  sentence: string;
}

describe.each(storeEngines())("audit chain ($engine store)", ({ engine, skip }) => {
  let sql: Sql;
  let remove: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (skip) return;
    ({ sql, remove } = await openTestStore(engine, "chain"));
  });
  afterAll(() => remove());
  beforeEach(async () => {
    if (skip) return;
    await sql.query("DELETE FROM audit");
    await sql.query("DELETE FROM audit_head");
  });

  async function appendMany(count: number): Promise<number[]> {
    const chain = createAuditChain<Rec>(sql);
    return Promise.all(
      Array.from({ length: count }, (_, n) =>
        chain.append({ agent: n % 2 ? "a" : "b", n, sentence: `call ${n}` }),
      ),
    );
  }

  it.skipIf(skip)("numbers concurrent appends 1..n in one intact chain", async () => {
    const seqs = await appendMany(50);
    expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const result = await verifyAudit(sql);
    expect(result).toMatchObject({ intact: true, records: 50 });
    const tail = await tailAudit<Rec>(sql, { agent: "a", limit: 3 });
    expect(tail.map((r) => r.record.agent)).toEqual(["a", "a", "a"]);
    expect(tail[0]?.seq).toBeLessThan(tail[2]?.seq as number);
  });

  it.skipIf(skip)("names an edited record", async () => {
    await appendMany(10);
    await sql.query("UPDATE audit SET record = replace(record, 'call', 'CALL') WHERE seq = 4");
    expect(await verifyAudit(sql)).toMatchObject({ intact: false, seq: 4, records: 3 });
  });

  it.skipIf(skip)("names a record whose hash was recomputed after an edit", async () => {
    await appendMany(10);
    await sql.query("UPDATE audit SET hash = repeat('a', 64) WHERE seq = 6");
    const result = await verifyAudit(sql);
    expect(result).toMatchObject({ intact: false, seq: 6 });
  });

  it.skipIf(skip)("names a deleted record, and a deleted tail", async () => {
    await appendMany(10);
    await sql.query("DELETE FROM audit WHERE seq = 7");
    const middle = await verifyAudit(sql);
    expect(middle).toMatchObject({ intact: false, seq: 7 });
    expect(middle.intact === false && middle.problem).toContain("record 7 was removed");

    await sql.query("DELETE FROM audit WHERE seq >= 7");
    const tail = await verifyAudit(sql);
    expect(tail).toMatchObject({ intact: false, seq: 7 });
    expect(tail.intact === false && tail.problem).toContain("record 7 was removed");
  });

  it.skipIf(skip)("names a record moved to another agent", async () => {
    await appendMany(4);
    await sql.query("UPDATE audit SET agent = 'someone-else' WHERE seq = 2");
    expect(await verifyAudit(sql)).toMatchObject({ intact: false, seq: 2 });
  });
});
