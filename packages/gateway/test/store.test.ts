// The store's SQL on both engines (embedded PGlite, and a real Postgres when installed): agents,
// policy revisions, change notifications, idempotency keys. The same statements must behave alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGENTS_CHANGED,
  addAgent,
  findAgentByTokenId,
  listAgents,
  policyHistory,
  revokeAgent,
  setAgentPolicy,
} from "../src/store/agents.js";
import { claimKey, completeKey, releaseKey } from "../src/store/idempotency.js";
import type { Sql } from "../src/store/sql.js";
import { tokenIdOf } from "../src/token.js";
import { openTestStore, storeEngines } from "./store-engines.js";

describe.each(storeEngines())("store ($engine)", ({ engine, skip }) => {
  let sql: Sql;
  let remove: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (skip) return;
    ({ sql, remove } = await openTestStore(engine, "store"));
  }, 60_000);
  afterAll(() => remove());

  it.skipIf(skip)(
    "adds, finds, re-policies and revokes agents, announcing each change",
    async () => {
      const heard: string[] = [];
      const stop = await sql.listen(AGENTS_CHANGED, (payload) => heard.push(payload));
      const added = await addAgent(sql, {
        name: "a",
        policy: { resources: { me: "read" } },
        source: "p.yaml",
      });
      const tokenId = tokenIdOf(added.token) as string;
      expect((await findAgentByTokenId(sql, tokenId))?.policy).toEqual({
        resources: { me: "read" },
      });
      await expect(addAgent(sql, { name: "a", policy: {}, source: "p.yaml" })).rejects.toThrow(
        "already exists",
      );
      await setAgentPolicy(sql, "a", { resources: { me: "off" } }, "q.yaml");
      expect((await findAgentByTokenId(sql, tokenId))?.policyRevision).toBe(2);
      expect((await policyHistory(sql, "a")).map((h) => h.source)).toEqual(["p.yaml", "q.yaml"]);
      await revokeAgent(sql, "a");
      expect((await findAgentByTokenId(sql, tokenId))?.revokedAt).toBeInstanceOf(Date);
      expect((await listAgents(sql)).map((a) => a.name)).toEqual(["a"]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toEqual([tokenId, tokenId]);
      await stop();
    },
  );

  it.skipIf(skip)(
    "claims an idempotency key once, replays its answer, refuses another request",
    async () => {
      expect(await claimKey(sql, "agent-1", "k1", "f1")).toEqual({ kind: "claimed" });
      expect(await claimKey(sql, "agent-1", "k1", "f1")).toEqual({ kind: "pending" });
      expect(await claimKey(sql, "agent-2", "k1", "f1")).toEqual({ kind: "claimed" });
      await completeKey(sql, "agent-1", "k1", 201, '{"status":"success"}');
      expect(await claimKey(sql, "agent-1", "k1", "f1")).toEqual({
        kind: "replay",
        status: 201,
        answer: '{"status":"success"}',
      });
      expect(await claimKey(sql, "agent-1", "k1", "f2")).toEqual({ kind: "mismatch" });
      await releaseKey(sql, "agent-2", "k1");
      expect(await claimKey(sql, "agent-2", "k1", "f9")).toEqual({ kind: "claimed" });
      // Older than 24 hours: free again.
      await sql.query(
        "UPDATE idempotency SET created_at = now() - interval '25 hours' WHERE key = 'k1'",
      );
      expect(await claimKey(sql, "agent-1", "k1", "f2")).toEqual({ kind: "claimed" });
    },
  );

  it.skipIf(skip)(
    "settles a key left pending past its lease as outcome unknown, never frees it for a resend",
    async () => {
      const lease = { ms: 60_000, answer: { status: 502, body: '{"status":"error"}' } };
      expect(await claimKey(sql, "agent-3", "k3", "f3", lease)).toEqual({ kind: "claimed" });
      expect(await claimKey(sql, "agent-3", "k3", "f3", lease)).toEqual({ kind: "pending" });
      // Its instance was killed two minutes ago.
      await sql.query(
        "UPDATE idempotency SET created_at = now() - interval '2 minutes' WHERE key = 'k3'",
      );
      const settled = { status: 502, answer: '{"status":"error"}' };
      expect(await claimKey(sql, "agent-3", "k3", "f3", lease)).toEqual({
        kind: "orphaned",
        ...settled,
      });
      expect(await claimKey(sql, "agent-3", "k3", "f3", lease)).toEqual({
        kind: "replay",
        ...settled,
      });
    },
  );
});
