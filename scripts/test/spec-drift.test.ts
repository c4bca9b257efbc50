/**
 * The drift report and the checks around it (issue 18), one test per problem found, driven by the
 * small fixture documents in scripts/test/fixtures/.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { OPERATION_COUNT } from "../../packages/client/src/index";
import { checkSpec } from "../spec-checks";
import { buildSpec } from "../spec-sync/build";
import { type Fix, loadCuration } from "../spec-sync/curation";
import { findUndescribedFields } from "../spec-sync/descriptions";
import { diffSpecs } from "../spec-sync/drift";
import { serializeLock, serializeSpec } from "../spec-sync/emit";
import { SpecSyncError } from "../spec-sync/errors";
import { DocumentValidator } from "../spec-sync/examples";
import { applyFixes } from "../spec-sync/fixes";
import { formatReport } from "../spec-sync/report";
import { type SyncResult, syncSpec } from "../spec-sync/sync";
import { findUpstreamNeighbours } from "../spec-sync/upstream-operations";

const root = resolve(import.meta.dirname, "../..");
// biome-ignore lint/suspicious/noExplicitAny: fixtures are arbitrary JSON.
type Json = Record<string, any>;
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, "fixtures", name), "utf8"));

const before = fixture("drift-before.json");
const after = fixture("drift-after.json");

/** A sync result around the given drift, as syncSpec returns it. */
function resultOf(overrides: Partial<SyncResult>): SyncResult {
  return {
    changed: true,
    written: true,
    outPath: "spec/openapi.yaml",
    drift: [],
    notes: [],
    problems: [],
    neighbours: { comparedWithPrevious: true, operations: [] },
    lock: {
      source: "calcom.json",
      sha256: "0".repeat(64),
      bytes: 1,
      syncedAt: "2026-11-28",
      openapi: "3.0.0",
      operations: OPERATION_COUNT,
    },
    ...overrides,
  };
}

describe("issue 18: the drift report", () => {
  it("1. reports a parameter that became deprecated, not only optional", () => {
    const drift = diffSpecs(before, after);
    expect(drift).toContainEqual({
      change: "deprecated",
      operation: "calendars.busyTimes",
      operations: ["calendars.busyTimes"],
      message: "parameter loggedInUsersTz",
    });
    expect(drift.map((i) => i.message)).toContain("parameter loggedInUsersTz is now optional");
    expect(drift).toContainEqual(
      expect.objectContaining({ change: "deprecated", schema: "Webhook", message: "field secret" }),
    );
  });

  it("3. lists the uncurated upstream operations new next to ours, with the nearest curated one", () => {
    const curated = [
      { id: "bookings.get", method: "get", path: "/v2/bookings/{bookingUid}" },
      { id: "teams.get", method: "get", path: "/v2/teams/{teamId}" },
    ] as Parameters<typeof findUpstreamNeighbours>[2];
    const found = findUpstreamNeighbours(
      fixture("upstream-after.json"),
      fixture("upstream-before.json"),
      curated,
    );
    expect(found.comparedWithPrevious).toBe(true);
    expect(found.operations).toEqual([
      {
        method: "post",
        path: "/v2/bookings/{bookingUid}/guests",
        upstreamOperationId: "BookingGuestsController_addGuests",
        deprecated: false,
        nearest: "bookings.get",
      },
      {
        method: "patch",
        path: "/v2/bookings/{bookingUid}/location",
        upstreamOperationId: "BookingLocationController_updateLocation",
        deprecated: false,
        nearest: "bookings.get",
      },
      {
        method: "get",
        path: "/v2/teams/{teamId}/bookings",
        upstreamOperationId: "TeamsBookingsController_list",
        deprecated: true,
        nearest: "teams.get",
      },
    ]);
    // Without the previous document every uncurated neighbour is listed (memberships too).
    const all = findUpstreamNeighbours(fixture("upstream-after.json"), undefined, curated);
    expect(all.comparedWithPrevious).toBe(false);
    expect(all.operations.map((o) => o.path)).toContain("/v2/teams/{teamId}/memberships");
    expect(all.operations.map((o) => o.path)).not.toContain("/v2/routing-forms/{id}");
  });

  it("6. after a write with no structural drift it does not claim the spec is unchanged", () => {
    const text = formatReport(resultOf({ changed: true, written: true }));
    expect(text).toContain("spec: spec/openapi.yaml updated");
    expect(text).not.toContain("the spec is unchanged");
    expect(text).toContain("only our curation (descriptions, examples, metadata) changed");
    const unchanged = formatReport(resultOf({ changed: false, written: true }));
    expect(unchanged).toContain("spec: spec/openapi.yaml unchanged");
    expect(unchanged).toContain("No drift: the spec is unchanged.");
  });

  it("7. ties schema changes to the operations that reach them and reports enum values added and removed", () => {
    const drift = diffSpecs(before, after);
    expect(drift).toContainEqual({
      change: "changed",
      schema: "Webhook",
      operations: ["webhooks.create", "webhooks.list"],
      message:
        "field triggers: enum values added: WRONG_ASSIGNMENT_REPORT; enum values removed: BOOKING_PAID",
    });
    const text = formatReport(resultOf({ drift }));
    expect(text).toContain(
      [
        "  calendars.busyTimes",
        "    added       parameter timeZone (query, string)",
        "    added       Busy: field end (string)",
        "    changed     parameter loggedInUsersTz is now optional",
        "    deprecated  parameter loggedInUsersTz",
        "  webhooks.create, webhooks.list",
        "    changed     Webhook: field triggers: enum values added: WRONG_ASSIGNMENT_REPORT; enum values removed: BOOKING_PAID",
        "    deprecated  Webhook: field secret",
      ].join("\n"),
    );
  });

  it("renders Markdown for pull requests and JSON for bots", () => {
    const result = resultOf({
      drift: diffSpecs(before, after),
      neighbours: findUpstreamNeighbours(
        fixture("upstream-after.json"),
        fixture("upstream-before.json"),
        [{ id: "teams.get", method: "get", path: "/v2/teams/{teamId}" }] as Parameters<
          typeof findUpstreamNeighbours
        >[2],
      ),
      notes: [
        {
          kind: "undescribed-field",
          schema: "Busy",
          field: "end",
          message: "Busy.end has no description in spec/curation/schemas.yaml",
        },
      ],
    });
    const markdown = formatReport(result, "markdown");
    expect(markdown).toContain("#### `calendars.busyTimes`");
    expect(markdown).toContain("- **deprecated** parameter loggedInUsersTz");
    expect(markdown).toContain(
      "| `GET /v2/teams/{teamId}/bookings` (deprecated) | `TeamsBookingsController_list` | `teams.get` |",
    );
    expect(markdown).toContain("- [ ] describe in spec/curation/schemas.yaml: Busy.{end}");
    const json = JSON.parse(formatReport(result, "json"));
    expect(json.spec.status).toBe("updated");
    expect(json.drift).toContainEqual(
      expect.objectContaining({ change: "deprecated", message: "parameter loggedInUsersTz" }),
    );
    expect(json.upstreamOperations.operations).toHaveLength(1);
    expect(json.followUps).toEqual(["describe in spec/curation/schemas.yaml: Busy.{end}"]);
  });
});

describe("issue 18: the checks behind the report", () => {
  it("2. a set fix that upstream has already made is refused, one that still changes something applies", () => {
    const upstream = {
      paths: {
        "/v2/slots": {
          get: {
            parameters: [
              { name: "start", schema: { type: "string" } },
              { name: "duration", schema: { type: "number" } },
            ],
          },
        },
      },
    };
    const locate = () => ({ method: "get", path: "/v2/slots" });
    const redundant: Fix = {
      why: "Slots parameters have empty schemas.",
      operation: "slots.list",
      at: "/parameters/name=start/schema",
      set: { type: "string" },
    };
    const refinement: Fix = {
      why: "The duration is whole minutes.",
      operation: "slots.list",
      at: "/parameters/name=duration/schema",
      set: { type: "integer", minimum: 1 },
    };
    const doc = structuredClone(upstream);
    applyFixes(doc, [refinement], locate);
    expect(doc.paths["/v2/slots"].get.parameters[1]?.schema).toEqual({
      type: "integer",
      minimum: 1,
    });
    const error = (() => {
      try {
        applyFixes(structuredClone(upstream), [redundant, refinement], locate);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SpecSyncError);
    expect((error as SpecSyncError).problems).toEqual([
      'fix at operation slots.list /parameters/name=start/schema ("Slots parameters have empty schemas."): upstream already has {"type":"string"} at /paths/~1v2~1slots/get/parameters/name=start/schema; the defect seems fixed upstream, remove this fix',
    ]);
  });

  it("4. a field the operations reach without a description is found, and spec:lint names its pointer", () => {
    expect(findUndescribedFields(after)).toEqual([
      { at: "/components/schemas/Busy/properties/end", schema: "Busy", field: "end" },
    ]);
    expect(checkSpec(after)).toContain(
      "/components/schemas/Busy/properties/end: Busy.end has no description (spec/curation/schemas.yaml)",
    );
  });

  it("5. an example that fits no anyOf alternative gets the closest alternative's problems, once each, all of them", () => {
    const validator = new DocumentValidator(fixture("choice.json"));
    expect(
      validator.validate("/components/schemas/GetEventTypeOutput", {
        status: "success",
        data: { id: 42, title: "30 min" },
      }),
    ).toEqual([
      "/data matches none of the 3 alternatives; the closest, EventType, says:",
      "/data must have required property 'bookingUrl'",
    ]);
    // More than five problems are all listed (the old report stopped at 5).
    expect(validator.validate("/components/schemas/Many", {})).toHaveLength(7);
  });

  it("8. the README tells maintainers to build before the tests and that tests may pin upstream parameters", () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## When Cal.com changes its API"));
    expect(section).toMatch(/pnpm main[\s\S]*pnpm test/);
    expect(section).toContain("packages/client/test/core/operations.ts");
    const vitestConfig = readFileSync(resolve(root, "vitest.config.ts"), "utf8");
    expect(vitestConfig).not.toContain("needs no build");
    expect(vitestConfig).toContain("publish.test.ts");
  });

  it("the CLI refuses an unknown --format with exit code 2", () => {
    const run = spawnSync(
      resolve(root, "node_modules/.bin/tsx"),
      ["scripts/spec-sync/cli.ts", "--from", "x.json", "--format", "yaml"],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--format must be one of text, markdown, json (got yaml)");
  });
});

describe("issue 18 on the real change: Cal.com's older document → fea00aa", () => {
  const oldSource = "../shared/upstream/calcom-v2.openapi.json";
  const newSource = JSON.parse(readFileSync(resolve(root, "spec/upstream.lock.json"), "utf8"))
    .source as string;

  /** Builds the spec from the older document into a scratch dir, then checks the newer one against it. */
  async function syncOldToNew(): Promise<SyncResult> {
    const text = readFileSync(resolve(root, oldSource), "utf8");
    const sha256 = createHash("sha256").update(text).digest("hex");
    const curation = loadCuration(resolve(root, "spec/curation"), root);
    const old = JSON.parse(text);
    // Some fixes address schemas the older document does not have yet.
    curation.fixes = curation.fixes.filter(
      (fix) => !fix.schema || fix.schema in old.components.schemas,
    );
    const { document } = buildSpec(old, curation, { sha256 });
    const dir = mkdtempSync(join(tmpdir(), "calkit-drift-"));
    writeFileSync(join(dir, "openapi.yaml"), serializeSpec(document));
    writeFileSync(
      join(dir, "upstream.lock.json"),
      serializeLock({
        source: oldSource,
        sha256,
        bytes: Buffer.byteLength(text),
        syncedAt: "2026-11-23",
        openapi: "3.0.0",
        operations: OPERATION_COUNT,
      }),
    );
    return syncSpec({
      from: newSource,
      root,
      out: join(dir, "openapi.yaml"),
      lock: join(dir, "upstream.lock.json"),
      check: true,
    });
  }

  it("lists each item of the issue", async () => {
    const result = await syncOldToNew();
    const text = formatReport(result);
    // 1: deprecated, not only optional.
    expect(text).toMatch(
      /calendars\.busyTimes\n(.*\n)*? {4}deprecated {2}parameter loggedInUsersTz/,
    );
    // 3: the 36 operations Cal.com added next to ours.
    expect(result.neighbours.comparedWithPrevious).toBe(true);
    expect(result.neighbours.operations).toHaveLength(36);
    for (const line of [
      "POST /v2/bookings/{bookingUid}/guests (BookingGuestsController_2024_08_13_addGuests), next to bookings.get",
      "PATCH /v2/bookings/{bookingUid}/location (BookingLocationController_2024_08_13_updateBookingLocation), next to bookings.get",
      "GET /v2/bookings/{bookingUid}/conferencing-sessions (BookingsController_2024_08_13_getVideoSessions), next to bookings.get",
      "GET /v2/teams/{teamId}/bookings (TeamsBookingsController_getAllTeamBookings), next to teams.get",
    ])
      expect(text).toContain(line);
    // 4: every new field reaches the spec described.
    expect(result.notes.filter((n) => n.kind.startsWith("undescribed"))).toEqual([]);
    // 5 and 6: the curated examples fit; the spec would change.
    expect(result.problems).toEqual([]);
    expect(text).toContain("would change");
    // 7: schema changes under the operations they reach, enum values added.
    expect(text).toContain(
      "  webhooks.create, webhooks.delete, webhooks.list, webhooks.update\n    changed     UserWebhookOutputDto: field triggers: enum values added: DELEGATION_CREDENTIAL_ERROR, WRONG_ASSIGNMENT_REPORT",
    );
  });

  it("refuses a retired slots.list fix against the newer document (2)", () => {
    const curation = loadCuration(resolve(root, "spec/curation"), root);
    curation.fixes.push({
      why: "Slots query parameters have empty schemas upstream.",
      operation: "slots.list",
      at: "/parameters/name=start/schema",
      set: { type: "string" },
    });
    const upstream = JSON.parse(readFileSync(resolve(root, newSource), "utf8"));
    expect(() => buildSpec(upstream, curation, { sha256: "x" })).toThrow(
      /slots\.list \/parameters\/name=start\/schema.*upstream already has \{"type":"string"\}/,
    );
  });
});
