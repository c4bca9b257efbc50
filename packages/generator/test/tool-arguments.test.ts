/** Which arguments a tool offers: every parameter but the deprecated optional ones. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildToolDefinitions } from "../src/emitters/tool-definitions";
import { buildModel, readSpec } from "../src/index";
import { REPO_ROOT } from "./run-cli";

const model = buildModel(readSpec(join(REPO_ROOT, "spec/openapi.yaml")));
const tools = new Map(
  buildToolDefinitions(model).map((t) => [
    t.operationId as string,
    t.inputSchema as { properties: object },
  ]),
);

describe("tool arguments", () => {
  const parameters = model.operations.flatMap((op) =>
    [...op.pathParams, ...op.queryParams].map((p) => ({ op: op.id, ...p })),
  );

  it("leave out deprecated optional parameters (the spec has at least one)", () => {
    const deprecated = parameters.filter((p) => p.deprecated && !p.required);
    expect(deprecated.map((p) => `${p.op} ${p.name}`)).toContain(
      "calendars.busyTimes loggedInUsersTz",
    );
    for (const p of deprecated)
      expect(Object.keys(tools.get(p.op)?.properties ?? {})).not.toContain(p.name);
  });

  it("keep every path parameter (query ones may be narrowed by x-cal.tool.fields)", () => {
    for (const p of parameters.filter((p) => !p.deprecated && p.in === "path"))
      expect(Object.keys(tools.get(p.op)?.properties ?? {}), p.op).toContain(p.name);
  });
});
