/**
 * Adding an operation is: a curation entry → spec:sync → generate, and nothing else. A copy of
 * the repository gets one more curated operation (Cal.com's "get the default schedule", which we
 * do not curate); after the sync and the generator, and with no hand-written file touched, the
 * copy's client has the method, the tools have the tool (and the executor runs it), the scope map
 * has the entry and the guard's policy schema and decision know the operation.
 */
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../packages/generator/src/index";
import { syncSpec } from "../spec-sync/sync";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const UPSTREAM = resolve(ROOT, "../shared/upstream/calcom-v2.fea00aa.openapi.json");
/** Packages the check imports, copied with their sources and their installed dependencies. */
const PACKAGES = ["client", "scopes", "tools", "guard"];
const NEW_ID = "schedules.getDefault";

/** The whole curation entry: what a maintainer writes. */
const CURATION_ENTRY = `
  ${NEW_ID}:
    upstream: GET /v2/schedules/default
    upstreamOperationId: SchedulesController_2024_06_11_getDefaultSchedule
    summary: Get my default schedule
    description: >-
      Returns the authenticated user's default availability schedule: the one every event type
      without its own schedule follows, with its time zone, weekly hours and date overrides.
      Read-only and safe to repeat.
    audit:
      done: "looked up the default schedule"
      doing: "looking up the default schedule"
      result: 'found "{result.name}"'
    access: read
    auth: required
    scope: SCHEDULE_READ
    idempotent: true
    destructive: false
`;

/** Runs in the copy, where @calkit/* resolve to the copy's sources; prints what it saw as JSON. */
const CHECK = `
import { createCalClient, operations } from "@calkit/client";
import { decide, policySchema } from "@calkit/guard";
import { scopeMap } from "@calkit/scopes";
import { executeToolCall, toolDefinitions } from "@calkit/tools";

const requests: { method: string; path: string; version: string | null }[] = [];
const fetch = async (request: Request) => {
  const url = new URL(request.url);
  requests.push({ method: request.method, path: url.pathname, version: request.headers.get("cal-api-version") });
  return Response.json({ status: "success", data: { id: 254, name: "Working hours" } });
};
const cal = createCalClient({ apiKey: "cal_test_0123456789abcdef", fetch });
const method = await (cal as any).schedules.getDefault();
const byId = await cal.invoke(${JSON.stringify(NEW_ID)} as never);
const tool = toolDefinitions.find((t) => t.operationId === ${JSON.stringify(NEW_ID)});
const viaTool = await executeToolCall(tool?.name, {}, { client: cal });
const policy = { version: 1 as const, agents: { a: { resources: { schedules: "read" as const } } } };
console.log(JSON.stringify({
  count: Object.keys(operations).length,
  meta: (operations as any)[${JSON.stringify(NEW_ID)}],
  method, byId, tool: tool && { name: tool.name, scope: tool.scope, access: tool.access }, viaTool,
  requests,
  scope: (scopeMap as any)[${JSON.stringify(NEW_ID)}],
  policyKey: Object.hasOwn((policySchema as any).$defs.agent.properties.operations.properties, ${JSON.stringify(NEW_ID)}),
  allowedForReader: decide(policy, "a", ${JSON.stringify(NEW_ID)}).allowed,
}));
`;

let copy: string;
let seen: Record<string, unknown>;

/** A copy of the repository's curation and the packages' sources, sharing installed modules. */
function copyRepository(): string {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".tmp", "add-operation-"));
  cpSync(join(ROOT, "spec/curation"), join(dir, "spec/curation"), { recursive: true });
  for (const name of PACKAGES) {
    const from = join(ROOT, "packages", name);
    cpSync(join(from, "src"), join(dir, "packages", name, "src"), { recursive: true });
    cpSync(join(from, "package.json"), join(dir, "packages", name, "package.json"));
    symlinkSync(join(from, "node_modules"), join(dir, "packages", name, "node_modules"));
  }
  const paths = Object.fromEntries(
    PACKAGES.map((name) => [`@calkit/${name}`, [`./packages/${name}/src/index.ts`]]),
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: join(ROOT, "tsconfig.base.json"), compilerOptions: { paths } }),
  );
  return dir;
}

beforeAll(async () => {
  copy = copyRepository();
  appendFileSync(join(copy, "spec/curation/operations/schedules.yaml"), CURATION_ENTRY);
  const synced = await syncSpec({ from: UPSTREAM, root: copy, now: () => new Date(0) });
  expect(synced.problems ?? []).toEqual([]);
  const document = readFileSync(join(copy, "spec/openapi.yaml"), "utf8");
  const { files } = await generate((await import("yaml")).parse(document));
  for (const file of files) {
    if (!PACKAGES.some((name) => file.path.startsWith(`packages/${name}/`))) continue;
    mkdirSync(dirname(join(copy, file.path)), { recursive: true });
    writeFileSync(join(copy, file.path), file.content);
  }
  writeFileSync(join(copy, "check.ts"), CHECK);
  const run = spawnSync(
    join(ROOT, "node_modules/.bin/tsx"),
    ["--tsconfig", join(copy, "tsconfig.json"), join(copy, "check.ts")],
    { cwd: copy, encoding: "utf8", timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`the check failed in the copy:\n${run.stderr}`);
  seen = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}, 180_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("a 42nd operation from a curation entry alone", () => {
  it("is in the operation table with every fact the spec gives it", () => {
    expect(seen.count).toBe(42);
    expect(seen.meta).toMatchObject({
      id: NEW_ID,
      method: "get",
      path: "/v2/schedules/default",
      resource: "schedules",
      access: "read",
      scopes: ["SCHEDULE_READ"],
      apiVersion: "2024-06-11",
    });
  });

  it("is a client method and an invoke id that send the right request", () => {
    expect(seen.method).toEqual({ id: 254, name: "Working hours" });
    expect(seen.byId).toEqual(seen.method);
    expect(seen.requests).toEqual([
      { method: "GET", path: "/v2/schedules/default", version: "2024-06-11" },
      { method: "GET", path: "/v2/schedules/default", version: "2024-06-11" },
      { method: "GET", path: "/v2/schedules/default", version: "2024-06-11" },
    ]);
  });

  it("is a tool the executor runs", () => {
    expect(seen.tool).toEqual({
      name: "cal_schedules_get_default",
      scope: "SCHEDULE_READ",
      access: "read",
    });
    expect(seen.viaTool).toMatchObject({ ok: true, data: { id: 254 } });
  });

  it("has a scope entry, a policy key, and follows its resource's level", () => {
    expect(seen.scope).toMatchObject({ resource: "schedules", access: "read" });
    expect(seen.policyKey).toBe(true);
    expect(seen.allowedForReader).toBe(true);
  });
});
