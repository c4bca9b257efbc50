/**
 * Contract tests of the curated spec against a real Prism mock of it (over HTTP on 127.0.0.1, or
 * the server named by CALKIT_TEST_BASE_URL): every operation's request, built from the spec alone,
 * is accepted, and every answer matches the schema the spec declares for it.
 */
import { describe, expect, inject, it } from "vitest";
import { OPERATION_COUNT } from "../../packages/client/src/index";
import { DocumentValidator } from "../../scripts/spec-sync/examples";
import { listOperations, loadSpec } from "../src/index";
import { requestFromSpec, successSchemaPointer } from "./request-from-spec";

const doc = loadSpec();
const operations = listOperations(doc);
const validator = new DocumentValidator(doc);
const baseUrl = inject("baseUrl");

describe("the curated spec against Prism", () => {
  it("has the operations", () => {
    expect(operations).toHaveLength(OPERATION_COUNT);
  });

  it.each(operations.map((o) => [o.id, o] as const))(
    "%s: a request built from the spec succeeds with a valid body",
    async (_id, entry) => {
      const response = await fetch(requestFromSpec(baseUrl, entry));
      const text = await response.text();
      // Prism reports request problems in sl-violations (and answers 422 or the spec's 400).
      expect(response.headers.get("sl-violations"), text).toBeNull();
      const { status, pointer } = successSchemaPointer(entry);
      expect(String(response.status), text).toBe(status);
      const body = JSON.parse(text);
      expect(validator.validate(pointer, body)).toEqual([]);
      expect(body.status).toBe("success");
    },
  );

  const errorCases = operations.flatMap((entry) =>
    ["400", "401", "403", "404", "429", "500"].map((code) => [entry.id, code, entry] as const),
  );
  it.each(errorCases)("%s: Prefer code=%s returns the error envelope", async (_id, code, entry) => {
    const request = requestFromSpec(baseUrl, entry);
    request.headers.set("prefer", `code=${code}`);
    const response = await fetch(request);
    expect(response.status).toBe(Number(code));
    const body = await response.json();
    expect(validator.validate("/components/schemas/ErrorEnvelope", body)).toEqual([]);
    expect(body.error.message).toEqual(expect.any(String));
    if (code === "429") expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("rejects a request that breaks the spec (so the checks above can fail)", async () => {
    const create = operations.find((o) => o.id === "bookings.create");
    if (!create) throw new Error("bookings.create missing");
    const request = requestFromSpec(baseUrl, create);
    const broken = new Request(request, { body: JSON.stringify({ start: 12 }) });
    const response = await fetch(broken);
    expect(response.headers.get("sl-violations")).not.toBeNull();
  });
});
