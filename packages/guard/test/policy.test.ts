/** Policy files: JSON or YAML, validated against the published schema; a bad file never opens access. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OPERATION_COUNT } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { loadPolicy, PolicyFileError, parsePolicy, policySchema } from "../src/policy";

const dir = mkdtempSync(join(tmpdir(), "calkit-policy-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("policy files", () => {
  it("loads YAML and JSON", () => {
    const yaml = file(
      "p.yaml",
      "version: 1\nagents:\n  scheduler:\n    resources: { bookings: full, slots: full }\n    constraints: { eventTypeIds: [42] }\n",
    );
    expect(loadPolicy(yaml).agents.scheduler?.resources).toEqual({
      bookings: "full",
      slots: "full",
    });
    const json = file(
      "p.json",
      JSON.stringify({ version: 1, agents: { support: { resources: { bookings: "read" } } } }),
    );
    expect(loadPolicy(json).agents.support?.resources?.bookings).toBe("read");
  });

  const bad: [string, string, RegExp][] = [
    [
      "a misspelt resource",
      "version: 1\nagents:\n  a:\n    resources: { booking: full }\n",
      /\/agents\/a\/resources must NOT have additional properties: "booking" is not allowed/,
    ],
    [
      "an unknown level",
      "version: 1\nagents:\n  a:\n    resources: { bookings: write }\n",
      /\/agents\/a\/resources\/bookings must be equal to one of the allowed values: expected one of "off", "read", "ask", "full"/,
    ],
    [
      "an unknown operation override",
      "version: 1\nagents:\n  a:\n    operations: { bookings.delete: allow }\n",
      /"bookings.delete" is not allowed/,
    ],
    ["a missing version", "agents: {}\n", /must have required property 'version'/],
    [
      "a bad constraint",
      "version: 1\nagents:\n  a:\n    constraints: { eventTypeIds: [] }\n",
      /\/agents\/a\/constraints\/eventTypeIds must NOT have fewer than 1 items/,
    ],
  ];
  it.each(bad)("rejects %s with the path and the reason", (_name, text, message) => {
    const path = file("bad.yaml", text);
    expect(() => loadPolicy(path)).toThrow(PolicyFileError);
    expect(() => loadPolicy(path)).toThrow(message);
  });

  it("rejects unreadable and unparsable files", () => {
    expect(() => loadPolicy(join(dir, "missing.yaml"))).toThrow(
      /Cannot read the policy file .*ENOENT/,
    );
    expect(() => loadPolicy(file("broken.json", "{ nope"))).toThrow(/does not parse/);
  });

  it("publishes its JSON Schema with every resource and operation", () => {
    const onDisk = JSON.parse(
      readFileSync(new URL("../policy.schema.json", import.meta.url), "utf8"),
    );
    expect(onDisk).toEqual(policySchema);
    const agent = onDisk.$defs.agent.properties;
    expect(Object.keys(agent.resources.properties)).toHaveLength(9);
    expect(Object.keys(agent.operations.properties)).toHaveLength(OPERATION_COUNT);
    expect(() => parsePolicy({ version: 1, agents: {} })).not.toThrow();
  });
});
