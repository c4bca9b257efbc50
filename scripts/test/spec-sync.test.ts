/**
 * spec:sync end to end on Cal.com's real published document (../shared/upstream) and on copies of
 * it modified the way Cal.com might change it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATION_COUNT } from "../../packages/client/src/index";
import { SpecSyncError } from "../spec-sync/errors";
import { formatReport } from "../spec-sync/report";
import { syncSpec } from "../spec-sync/sync";

const root = resolve(import.meta.dirname, "../..");
const committedSpec = readFileSync(resolve(root, "spec/openapi.yaml"), "utf8");
const committedLock = readFileSync(resolve(root, "spec/upstream.lock.json"), "utf8");
// The upstream document the committed spec was built from, as the lock records it.
const lockRecord = JSON.parse(committedLock) as { source: string; sha256: string; bytes: number };
const upstreamPath = resolve(root, lockRecord.source);

// biome-ignore lint/suspicious/noExplicitAny: the tests rewrite arbitrary parts of Cal.com's document.
type Json = Record<string, any>;
let upstream: Json;

/** A scratch dir holding copies of the committed spec and lock, and optionally an upstream variant. */
function workspace(mutate?: (doc: Json) => void): {
  dir: string;
  out: string;
  lock: string;
  from: string;
} {
  const dir = mkdtempSync(join(tmpdir(), "calkit-sync-"));
  const out = join(dir, "openapi.yaml");
  const lock = join(dir, "upstream.lock.json");
  copyFileSync(resolve(root, "spec/openapi.yaml"), out);
  copyFileSync(resolve(root, "spec/upstream.lock.json"), lock);
  let from = upstreamPath;
  if (mutate) {
    const doc = structuredClone(upstream);
    mutate(doc);
    from = join(dir, "calcom.json");
    writeFileSync(from, JSON.stringify(doc, null, 2));
  }
  return { dir, out, lock, from };
}

beforeAll(() => {
  upstream = JSON.parse(readFileSync(upstreamPath, "utf8"));
});

describe("spec:sync on the shared upstream copy", () => {
  it("reproduces the committed spec byte for byte, and keeps the lock", async () => {
    const ws = workspace();
    const result = await syncSpec({ from: ws.from, root, out: ws.out, lock: ws.lock });
    expect(result.changed).toBe(false);
    expect(readFileSync(ws.out, "utf8")).toBe(committedSpec);
    expect(readFileSync(ws.lock, "utf8")).toBe(committedLock);
    expect(result.drift).toEqual([]);
  });

  it("builds the same bytes from scratch, and records the upstream's sha256", async () => {
    const dir = mkdtempSync(join(tmpdir(), "calkit-sync-"));
    const result = await syncSpec({
      from: upstreamPath,
      root,
      out: join(dir, "openapi.yaml"),
      now: () => new Date("2026-11-23T12:00:00Z"),
    });
    expect(readFileSync(join(dir, "openapi.yaml"), "utf8")).toBe(committedSpec);
    expect(result.lock.sha256).toBe(lockRecord.sha256);
    expect(result.lock.bytes).toBe(lockRecord.bytes);
    expect(JSON.parse(readFileSync(join(dir, "upstream.lock.json"), "utf8"))).toMatchObject({
      syncedAt: "2026-11-23",
      operations: OPERATION_COUNT,
    });
  });

  it("reads the upstream from an http(s) URL too, and records the URL as the source", async () => {
    const body = readFileSync(upstreamPath);
    const server = createServer((req, res) => {
      if (req.url === "/openapi.json")
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    try {
      const dir = mkdtempSync(join(tmpdir(), "calkit-sync-"));
      const result = await syncSpec({
        from: `http://127.0.0.1:${port}/openapi.json`,
        root,
        out: join(dir, "openapi.yaml"),
      });
      expect(readFileSync(join(dir, "openapi.yaml"), "utf8")).toBe(committedSpec);
      expect(result.lock).toMatchObject({
        source: `http://127.0.0.1:${port}/openapi.json`,
        sha256: lockRecord.sha256,
      });
      await expect(
        syncSpec({
          from: `http://127.0.0.1:${port}/missing.json`,
          root,
          out: join(dir, "other.yaml"),
        }),
      ).rejects.toThrow(/failed with HTTP 404/);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it("--check reports an up-to-date spec", async () => {
    const ws = workspace();
    const result = await syncSpec({ from: ws.from, root, out: ws.out, lock: ws.lock, check: true });
    expect(result).toMatchObject({ changed: false, written: false });
  });
});

describe("drift report for a changed upstream", () => {
  it("names added, removed and retyped parameters and fields, and changed version defaults", async () => {
    const ws = workspace((doc) => {
      const list = doc.paths["/v2/bookings"].get;
      list.parameters.push({
        name: "hostEmail",
        in: "query",
        required: false,
        schema: { type: "string" },
      });
      list.parameters = list.parameters.filter((p: Json) => p.name !== "attendeeName");
      const afterStart = list.parameters.find((p: Json) => p.name === "afterStart");
      afterStart.schema = { type: "string", format: "date-time" };
      const version = doc.paths["/v2/slots"].get.parameters.find(
        (p: Json) => p.name === "cal-api-version",
      );
      version.schema.default = "2025-06-01";
      const booking = doc.components.schemas.BookingOutput_2024_08_13;
      delete booking.properties.icsUid;
      booking.properties.timeZone = { type: "string" };
      doc.components.schemas.CreateTeamInput.properties.timeFormat = {
        type: "string",
        enum: ["12h", "24h"],
      };
      doc.components.schemas.CreateTeamInput.required.push("slug");
    });
    const result = await syncSpec({ from: ws.from, root, out: ws.out, lock: ws.lock, check: true });
    const report = formatReport(result);
    expect(result.changed).toBe(true);
    expect(report).toContain("added       parameter hostEmail (query, string)");
    expect(report).toContain("removed     parameter attendeeName (query)");
    expect(report).toContain(
      "changed     parameter afterStart: type string → string (format date-time)",
    );
    expect(report).toContain(
      "changed     upstream cal-api-version default 2024-09-04 → 2025-06-01",
    );
    expect(report).toContain("removed     BookingOutput_2024_08_13: field icsUid");
    expect(report).toContain("added       BookingOutput_2024_08_13: field timeZone (string|null)");
    expect(report).toContain(
      'changed     CreateTeamInput: field timeFormat: type number → string (enum ["12h","24h"])',
    );
    expect(report).toContain("changed     CreateTeamInput: field slug is now required");
    // The undescribed new parameter is flagged for the curator.
    expect(result.notes.map((n) => n.message)).toContain(
      'bookings.list: upstream parameter "hostEmail" (query) has no description in spec/curation/operations/bookings.yaml',
    );
    expect(result.notes.map((n) => n.message)).toContain(
      'bookings.list: spec/curation/operations/bookings.yaml describes parameter "attendeeName", which upstream no longer declares; remove it from the curation',
    );
    expect(result.notes.map((n) => n.message)).toContain(
      "spec/curation/schemas.yaml describes BookingOutput_2024_08_13.icsUid, which upstream no longer has; remove it from the curation",
    );
    // The retyped field breaks our curated example: reported, and the spec is not written.
    expect(result.problems).toEqual([
      expect.stringContaining(
        "teams.create requestBody/content/application~1json/examples/example/value: /timeFormat must be string",
      ),
    ]);
    const written = await syncSpec({ from: ws.from, root, out: ws.out, lock: ws.lock });
    expect(written.written).toBe(false);
    // Neither run wrote anything.
    expect(readFileSync(ws.out, "utf8")).toBe(committedSpec);
  });

  it("writes the new spec and a new lock when not checking", async () => {
    const ws = workspace((doc) => {
      doc.components.schemas.BookingOutput_2024_08_13.properties.timeZone = { type: "string" };
    });
    const result = await syncSpec({
      from: ws.from,
      root,
      out: ws.out,
      lock: ws.lock,
      now: () => new Date("2027-01-02T00:00:00Z"),
    });
    expect(result.written).toBe(true);
    expect(readFileSync(ws.out, "utf8")).not.toBe(committedSpec);
    expect(readFileSync(ws.out, "utf8")).toContain("timeZone:");
    const lock = JSON.parse(readFileSync(ws.lock, "utf8"));
    expect(lock.syncedAt).toBe("2027-01-02");
    expect(lock.sha256).not.toBe(JSON.parse(committedLock).sha256);
  });
});

describe("bad input leaves the committed spec untouched", () => {
  const cases: [string, (ws: ReturnType<typeof workspace>) => string, RegExp][] = [
    ["a missing file", (ws) => join(ws.dir, "nope.json"), /does not exist/],
    [
      "invalid JSON",
      (ws) => {
        writeFileSync(join(ws.dir, "bad.json"), '{"openapi": "3.0.0", "paths": {');
        return join(ws.dir, "bad.json");
      },
      /not valid JSON/,
    ],
    [
      "JSON that is not an OpenAPI document",
      (ws) => {
        writeFileSync(join(ws.dir, "other.json"), '{"hello": "world"}');
        return join(ws.dir, "other.json");
      },
      /\/openapi: missing[\s\S]*\/paths: missing/,
    ],
  ];
  it.each(cases)("%s", async (_name, prepare, message) => {
    const ws = workspace();
    const from = prepare(ws);
    await expect(syncSpec({ from, root, out: ws.out, lock: ws.lock })).rejects.toThrow(message);
    expect(readFileSync(ws.out, "utf8")).toBe(committedSpec);
    expect(readFileSync(ws.lock, "utf8")).toBe(committedLock);
  });

  it("a curated operation absent upstream is named with its method, path and curation file", async () => {
    const ws = workspace((doc) => {
      delete doc.paths["/v2/webhooks"].post;
    });
    const error = await syncSpec({ from: ws.from, root, out: ws.out, lock: ws.lock }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecSyncError);
    expect((error as Error).message).toContain(
      "webhooks.create (POST /v2/webhooks, curated in spec/curation/operations/webhooks.yaml)",
    );
    expect(readFileSync(ws.out, "utf8")).toBe(committedSpec);
  });

  it("a fix that upstream has made itself is reported for removal", async () => {
    const ws = workspace((doc) => {
      doc.paths["/v2/organizations/{orgId}/users"].post.parameters.push({
        name: "orgId",
        in: "path",
        required: true,
        schema: { type: "number" },
      });
    });
    await expect(syncSpec({ from: ws.from, root, out: ws.out, lock: ws.lock })).rejects.toThrow(
      /upstream already has "orgId".*remove this fix/,
    );
    expect(readFileSync(ws.out, "utf8")).toBe(committedSpec);
  });

  it("the CLI prints the reason without a stack trace and exits 1", () => {
    const ws = workspace();
    const run = spawnSync(
      resolve(root, "node_modules/.bin/tsx"),
      [
        "scripts/spec-sync/cli.ts",
        "--from",
        join(ws.dir, "missing.json"),
        "--out",
        ws.out,
        "--lock",
        ws.lock,
      ],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("does not exist");
    expect(run.stderr).toContain("Nothing was written.");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(ws.out, "utf8")).toBe(committedSpec);
  });

  it("the CLI without --from explains its usage and exits 2", () => {
    const run = spawnSync(resolve(root, "node_modules/.bin/tsx"), ["scripts/spec-sync/cli.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: pnpm spec:sync --from");
  });
});
