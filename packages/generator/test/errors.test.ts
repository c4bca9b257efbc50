/**
 * Each malformed fixture breaks a valid one-operation spec (fixtures/malformed/base.yaml) in one
 * place. The generator must name that place by its JSON pointer, say what is wrong, and write
 * nothing: both through `generate()` and through the CLI.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate, readSpec, SpecErrors } from "../src/index";
import { fixture, runCli } from "./run-cli";

interface Case {
  fixture: string;
  /** JSON pointer of the defect ("" is the whole document, shown as "/"). */
  pointer: string;
  reason: string;
}

const THING = "/paths/~1v2~1things~1{id}";

const cases: Case[] = [
  {
    fixture: "missing-x-cal.yaml",
    pointer: `${THING}/get/x-cal`,
    reason: "missing: every operation needs its x-cal metadata",
  },
  {
    fixture: "operation-id-mismatch.yaml",
    pointer: `${THING}/get/operationId`,
    reason: 'must equal x-cal.id ("things.get")',
  },
  {
    fixture: "bad-access.yaml",
    pointer: `${THING}/get/x-cal/access`,
    reason: 'must be "read" or "write"',
  },
  {
    fixture: "undeclared-path-parameter.yaml",
    pointer: `${THING}/get/parameters`,
    reason: "path parameter {id} is not declared",
  },
  {
    fixture: "body-clashes-with-path-parameter.yaml",
    pointer: `${THING}/patch/requestBody`,
    reason:
      'body field "id" clashes with a parameter of the same name; arguments are one flat object',
  },
  {
    fixture: "unresolved-ref.yaml",
    pointer: `${THING}/get/responses/200/content/application~1json/schema`,
    reason: "$ref #/components/schemas/ThingEnvelope does not resolve",
  },
  {
    fixture: "unresolved-nested-ref.yaml",
    pointer: "/components/schemas/ThingOutput/properties/data",
    reason: "$ref #/components/schemas/Thingy does not resolve",
  },
  {
    fixture: "no-success-response.yaml",
    pointer: `${THING}/get/responses`,
    reason: "no 2xx response",
  },
  {
    fixture: "undeclared-scope.yaml",
    pointer: `${THING}/get/security`,
    reason: "scope THING_ADMIN is not declared in components/securitySchemes/oauth2",
  },
  {
    fixture: "duplicate-id.yaml",
    pointer: "/paths/~1v2~1things~1{id}~1details/get/x-cal/id",
    reason: `things.get is also the id of ${THING}/get`,
  },
  {
    fixture: "not-openapi-3-1.yaml",
    pointer: "/openapi",
    reason: "must be an OpenAPI 3.1 document",
  },
  {
    fixture: "invalid-yaml.txt",
    pointer: "",
    reason: "not valid YAML/JSON: bad indentation of a mapping entry at line 5, column 27",
  },
];

/** The line the generator prints for one defect. */
const line = (c: Case) => `  - ${c.pointer || "/"}: ${c.reason}`;

async function generateFrom(path: string) {
  return generate(readSpec(path), { specName: "fixture.yaml" });
}

describe("malformed specs, through generate()", () => {
  it("the base they all break is valid", async () => {
    const { model } = await generateFrom(fixture("malformed/base.yaml"));
    expect(model.operations.map((o) => o.id)).toEqual(["things.get"]);
  });

  it.each(cases)("$fixture: $pointer", async (c) => {
    const error = await generateFrom(fixture(`malformed/${c.fixture}`)).then(
      () => expect.unreachable("generate() accepted a malformed spec"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecErrors);
    const { errors, message } = error as SpecErrors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.pointer).toBe(c.pointer);
    expect(errors[0]?.reason).toContain(c.reason);
    expect(message).toContain(line(c));
  });

  it("reports every defect of a spec in one run", async () => {
    const spec = readSpec(fixture("malformed/base.yaml")) as {
      paths: Record<string, { get: { "x-cal": Record<string, unknown>; responses: unknown } }>;
    };
    const operation = spec.paths["/v2/things/{id}"]?.get;
    if (!operation) throw new Error("base.yaml lost its operation");
    operation["x-cal"].access = "readwrite";
    operation["x-cal"].idempotent = "yes";
    operation.responses = {};

    await expect(generate(spec)).rejects.toThrow(
      [
        "The spec has 3 problem(s):",
        `  - ${THING}/get/x-cal/access: must be "read" or "write"`,
        `  - ${THING}/get/x-cal/idempotent: must be a boolean`,
        `  - ${THING}/get/responses: no 2xx response`,
      ].join("\n"),
    );
  });
});

// One child process at a time: each loads ts-morph and openapi-typescript (~5 s when the machine
// is idle); the timeout leaves room for a busy one.
describe("malformed specs, through the CLI", { timeout: 60_000 }, () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it.each(cases)("$fixture: exit 1, the defect on stderr, nothing written", async (c) => {
    const root = mkdtempSync(join(tmpdir(), "calkit-gen-errors-"));
    roots.push(root);

    const result = await runCli(["--spec", fixture(`malformed/${c.fixture}`), "--root", root]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(line(c));
    expect(result.stderr).toContain("Nothing was written.");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
    expect(readdirSync(root, { recursive: true })).toEqual([]);
  });
});
