/**
 * The audit log against the real Prism mock: a sentence for every operation, JSON Lines that stay
 * whole under concurrent calls, and no credential or secret in any record.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCalClient, errorFromResponse } from "@calkit/client";
import { scopeMap } from "@calkit/scopes";
import { toolDefinitions } from "@calkit/tools";
import { describe, expect, inject, it } from "vitest";
import { exampleArgs } from "../../tools/test/spec-args";
import { type AuditRecord, createAuditLog, jsonlSink } from "../src/audit";
import { auditErrorSummary } from "../src/audit-hook";
import { createGuard } from "../src/guard";
import type { PolicyFile } from "../src/policy";

const API_KEY = "cal_live_audit_secret_key_987654321";
const baseUrl = inject("baseUrl");
// Every resource the scope map knows: the policy levels below apply to all of them.
const resources = [...new Set(Object.values(scopeMap).map((p) => p.resource))];
const everything: PolicyFile = {
  version: 1,
  agents: {
    ops: {
      resources: Object.fromEntries(resources.map((r) => [r, "full"])),
    },
    reader: {
      resources: Object.fromEntries(resources.map((r) => [r, "read"])),
    },
  },
};

function guardFor(agent: string, sink: (r: AuditRecord) => void, redactPersonalData = false) {
  const client = createCalClient({ apiKey: API_KEY, baseUrl, maxRetries: 0 });
  return createGuard({
    policy: everything,
    agent,
    client,
    audit: createAuditLog(sink),
    redactPersonalData,
  });
}

describe("audit sentences", () => {
  it.each(toolDefinitions.map((t) => [t.operationId, t] as const))(
    "%s: allowed and denied",
    async (_id, tool) => {
      const records: AuditRecord[] = [];
      const allowed = guardFor("ops", (r) => records.push(r));
      const result = await allowed.execute(tool.name, exampleArgs(tool));
      expect(result.ok).toBe(true);
      const sentence = records[0]?.sentence ?? "";
      expect(sentence).toMatch(/^Agent ops [a-z].*: allowed, .+\.$/);
      expect(sentence).not.toContain("?");
      if (tool.access === "write") {
        const denied = guardFor("reader", (r) => records.push(r));
        await denied.execute(tool.name, exampleArgs(tool));
        expect(records[1]?.sentence).toMatch(
          /^Agent reader was denied [a-z].*: .+ are read-only for this agent\.$/,
        );
      }
    },
  );

  it("reads like the examples in the issue", async () => {
    const records: AuditRecord[] = [];
    const guard = guardFor("scheduler-as-ops", (r) => records.push(r));
    const create = toolDefinitions.find((t) => t.name === "cal_bookings_create");
    if (!create) throw new Error("missing tool");
    const ops = guardFor("ops", (r) => records.push(r));
    await ops.execute(create.name, exampleArgs(create));
    expect(records.at(-1)?.sentence).toBe(
      "Agent ops booked a 30-minute meeting on event type 42 for 2026-12-01 15:00 UTC: allowed, created booking fkZ3Ppsm8SFGRYxHZGGcnN.",
    );
    await guard.execute("cal_bookings_cancel", { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" });
    expect(records.at(-1)?.sentence).toBe(
      'Agent scheduler-as-ops was denied cancelling booking fkZ3Ppsm8SFGRYxHZGGcnN: there is no policy for agent "scheduler-as-ops", so nothing is allowed.',
    );
  });

  it("masks attendee personal data when asked", async () => {
    const records: AuditRecord[] = [];
    const guard = guardFor("ops", (r) => records.push(r), true);
    await guard.execute("cal_org_users_create", { orgId: 3, email: "mary@example.com" });
    expect(records[0]?.sentence).toContain("added [redacted] to organization 3");
    expect(JSON.stringify(records)).not.toContain("mary@example.com");
  });
});

describe("JSON Lines sink", () => {
  it("keeps every record whole under concurrent calls, and never writes a credential", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "calkit-audit-")), "audit.jsonl");
    const sink = jsonlSink(path);
    const guard = guardFor("ops", sink);
    const reader = guardFor("reader", sink);
    const webhook = toolDefinitions.find((t) => t.name === "cal_webhooks_create");
    if (!webhook) throw new Error("missing tool");
    const calls = Array.from({ length: 120 }, (_, i) => {
      if (i % 3 === 0)
        return guard.execute("cal_webhooks_create", {
          ...exampleArgs(webhook),
          secret: "whsec_do_not_log_me",
        });
      if (i % 3 === 1) return reader.execute("cal_bookings_cancel", { bookingUid: `uid${i}` });
      return guard.client.me.get();
    });
    await Promise.all(calls);
    sink.close();
    const text = readFileSync(path, "utf8");
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(120);
    const records = lines.map((line) => JSON.parse(line) as AuditRecord);
    expect(records.filter((r) => r.decision === "denied")).toHaveLength(40);
    for (const r of records)
      expect(Object.keys(r).sort()).toEqual([
        "access",
        "agent",
        "decision",
        "durationMs",
        "operation",
        "outcome",
        "reason",
        "resource",
        "sentence",
        "target",
        "time",
      ]);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain("audit_secret");
    expect(text).not.toContain("whsec_do_not_log_me");
  });
});

describe("auditErrorSummary (the guard's records and the gateway's)", () => {
  it("keeps Cal.com's status and code, or the error's class, and never its message", () => {
    const apiError = errorFromResponse({
      operationId: "bookings.get",
      status: 404,
      body: { status: "error", error: { code: "NotFoundException", message: "uid=abc secret" } },
      headers: new Headers(),
    });
    expect(auditErrorSummary(apiError)).toEqual({
      httpStatus: 404,
      error: "404 NotFoundException",
    });
    expect(auditErrorSummary(new TypeError("body for attendee ada@example.com"))).toEqual({
      error: "TypeError",
    });
    expect(auditErrorSummary("thrown string")).toEqual({ error: "unexpected error" });
  });
});
