// The in-process limiter (what runs without REDIS_URL, and for reads while Redis is down), on a
// clock the test moves: per-agent calls per window, daily quotas with refunds, the upstream budget
// shared fairly, and Cal.com's own word on what is left.
import { operations } from "@calkit/client";
import { describe, expect, it } from "vitest";
import type { AgentCall } from "../src/limits/limiter.js";
import { createMemoryLimiter } from "../src/limits/memory-limiter.js";

const WINDOW = 60_000;

function limiterAt(budget = 100) {
  const clock = { now: Date.UTC(2026, 10, 28, 12) };
  const limiter = createMemoryLimiter({
    windowMs: WINDOW,
    budget: () => budget,
    now: () => clock.now,
  });
  return { limiter, clock };
}

const read = (agentId: string, limits: AgentCall["limits"]): AgentCall => ({
  agentId,
  limits,
  operation: operations["me.get"],
});

describe("the in-process limiter", () => {
  it("holds an agent to its calls per window, and frees them as the window slides", async () => {
    const { limiter, clock } = limiterAt();
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push((await limiter.admit(read("a", { callsPerMinute: 3 }))).ok);
    expect(results).toEqual([true, true, true, false, false]);
    const refused = await limiter.admit(read("a", { callsPerMinute: 3 }));
    expect(refused).toMatchObject({ ok: false, refusal: { kind: "agent", status: 429 } });
    expect((await limiter.admit(read("b", { callsPerMinute: 3 }))).ok).toBe(true);
    clock.now += WINDOW;
    expect((await limiter.admit(read("a", { callsPerMinute: 3 }))).ok).toBe(true);
  });

  it("counts bookings created per UTC day, gives back what was not made, and resets at midnight", async () => {
    const { limiter, clock } = limiterAt();
    const create: AgentCall = {
      agentId: "a",
      limits: { bookingsCreatedPerDay: 2, cancellationsPerDay: 1 },
      operation: operations["bookings.create"],
    };
    const first = await limiter.admit(create);
    expect(first.ok && first.ticket.keys).toEqual(["bookingsCreatedPerDay"]);
    expect((await limiter.admit(create)).ok).toBe(true);
    const over = await limiter.admit(create);
    expect(over).toMatchObject({ ok: false, refusal: { kind: "quota" } });
    if (!over.ok) {
      expect(over.refusal.reason).toContain("2 bookings created per day");
      expect(over.refusal.retryAfterSeconds).toBe(12 * 3600);
    }
    if (first.ok) await limiter.refund(first.ticket);
    expect((await limiter.admit(create)).ok).toBe(true);
    // A read counts against no quota; a cancellation against its own.
    expect((await limiter.admit({ ...create, operation: operations["bookings.list"] })).ok).toBe(
      true,
    );
    const cancel = { ...create, operation: operations["bookings.cancel"] };
    expect((await limiter.admit(cancel)).ok).toBe(true);
    expect((await limiter.admit(cancel)).ok).toBe(false);
    clock.now += 12 * 3600_000;
    expect((await limiter.admit(create)).ok).toBe(true);
  });

  it("never starts more than the budget in a window, and one busy agent cannot starve another", async () => {
    const { limiter, clock } = limiterAt(10);
    // Both agents are active; the busy one asks first and keeps asking.
    expect(await limiter.takeUpstream("quiet", "read")).toBeUndefined();
    let busy = 0;
    for (let i = 0; i < 20; i++)
      if ((await limiter.takeUpstream("busy", "read")) === undefined) busy++;
    expect(busy).toBe(5); // its share; the quiet agent's unused share stays reserved
    let quiet = 1;
    for (let i = 0; i < 20; i++)
      if ((await limiter.takeUpstream("quiet", "read")) === undefined) quiet++;
    expect(quiet).toBe(5);
    const refusal = await limiter.takeUpstream("busy", "read");
    expect(refusal).toMatchObject({ kind: "upstream", status: 429 });
    clock.now += WINDOW;
    expect(await limiter.takeUpstream("busy", "read")).toBeUndefined();
  });

  it("follows Cal.com's rate-limit headers until its window resets", async () => {
    const { limiter, clock } = limiterAt();
    limiter.observeUpstream({ limit: 120, remaining: 2, resetSeconds: 10 });
    expect(await limiter.takeUpstream("a", "read")).toBeUndefined();
    expect(await limiter.takeUpstream("a", "read")).toBeUndefined();
    expect(await limiter.takeUpstream("a", "read")).toMatchObject({ retryAfterSeconds: 10 });
    clock.now += 10_000;
    expect(await limiter.takeUpstream("a", "read")).toBeUndefined();
  });
});
