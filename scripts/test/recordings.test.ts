/**
 * The spec against real Cal.com answers: recordings import reproducibly, every committed recording
 * validates, and a mismatch is explained by recording, pointer, the spec's word and Cal.com's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importRecordings } from "../recordings/import";
import { readRecordings } from "../recordings/recording";
import { checkRecordings } from "../recordings/validate";

const root = resolve(import.meta.dirname, "../..");
const recordingsDir = resolve(root, "spec/recordings");
// biome-ignore lint/suspicious/noExplicitAny: tests rewrite parts of the spec.
type Json = Record<string, any>;
const spec = (): Json => parse(readFileSync(resolve(root, "spec/openapi.yaml"), "utf8"));

describe("recordings", () => {
  it("import from the shared originals gives the committed files, byte for byte", () => {
    const out = mkdtempSync(join(tmpdir(), "calkit-rec-"));
    importRecordings(resolve(root, "../shared/recordings"), out, "../shared/recordings");
    const data = readdirSync(recordingsDir).filter((name) => name.endsWith(".json"));
    for (const name of data)
      expect(readFileSync(join(out, name), "utf8"), name).toBe(
        readFileSync(join(recordingsDir, name), "utf8"),
      );
    expect(readdirSync(out).sort()).toEqual(data.sort());
  });

  it("keep Cal.com's rate-limit headers and nothing of the recording proxy's", () => {
    for (const [name, recording] of readRecordings(recordingsDir)) {
      expect(Object.keys(recording.response.headers).sort(), name).toEqual([
        "x-ratelimit-limit-default",
        "x-ratelimit-remaining-default",
        "x-ratelimit-reset-default",
      ]);
    }
  });

  it("every recorded 2xx that maps to one of our operations matches its response schema", () => {
    const verdicts = checkRecordings(spec(), readRecordings(recordingsDir));
    const matched = verdicts.filter((v) => v.operationId);
    expect(matched.length).toBe(15);
    expect(verdicts.filter((v) => !v.operationId).map((v) => v.name)).toEqual(["get-webhook.json"]);
    expect(matched.flatMap((v) => v.problems)).toEqual([]);
  });

  it("name the pointer, what the spec says and what Cal.com sent", () => {
    const doc = spec();
    doc.components.schemas.UserWebhookOutputDto.properties.id = { type: "number" };
    const [verdict] = checkRecordings(
      doc,
      new Map([...readRecordings(recordingsDir)].filter(([n]) => n === "list-webhooks.json")),
    );
    expect(verdict?.problems[0]).toBe(
      '/data/0/id: the spec says type number, Cal.com sent "47b45dd4-d40e-4ba9-a047-8a87d75026d3"',
    );
  });

  it("explain an alternative by the one that comes closest, never by mixing them", () => {
    const doc = spec();
    doc.components.schemas.BookingOutput_2024_08_13.properties.rating = { type: "number" };
    const [verdict] = checkRecordings(
      doc,
      new Map([...readRecordings(recordingsDir)].filter(([n]) => n === "get-booking.json")),
    );
    expect(verdict?.problems).toEqual([
      "/data/rating: the spec says type number, Cal.com sent null",
    ]);
  });

  it("a status the spec does not declare is named", () => {
    const doc = spec();
    delete doc.paths["/v2/webhooks"].post.responses["200"];
    const [verdict] = checkRecordings(
      doc,
      new Map([...readRecordings(recordingsDir)].filter(([n]) => n === "create-webhook.json")),
    );
    expect(verdict?.problems).toEqual(["status 200 is not declared (the spec declares 201)"]);
  });

  it("spec:lint fails on a recording the spec does not describe, naming it", () => {
    const extra = mkdtempSync(join(tmpdir(), "calkit-rec-"));
    const recording = JSON.parse(readFileSync(join(recordingsDir, "get-booking.json"), "utf8"));
    recording.response.body.data.status = "teleported";
    writeFileSync(join(extra, "odd-booking.json"), JSON.stringify(recording));
    const run = spawnSync(
      resolve(root, "node_modules/.bin/tsx"),
      ["scripts/spec-lint.ts", "--recordings", extra],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("1 of 16 recorded Cal.com answers do not match");
    expect(run.stderr).toMatch(
      /odd-booking\.json \(bookings\.get\):\n\s+\/data\/status: the spec says one of/,
    );
  });
});
