// `calkit-gateway agent …` as a real process on a real embedded store in a temp folder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAgentByTokenId, policyHistory } from "../src/store/agents.js";
import { openStore } from "../src/store/open.js";
import { tokenIdOf, tokenMatches } from "../src/token.js";
import {
  folderContains,
  hasStackTrace,
  runGateway,
  TOKEN_SHAPE,
  tempDir,
  writePolicy,
} from "./helpers.js";

const dir = tempDir("agents");
const data = `${dir.path}/data`;
const env = { CALKIT_GATEWAY_DATA: data };
let policy: string;

beforeAll(() => {
  policy = writePolicy(dir.path, {
    support: { resources: { bookings: "read" } },
    scheduler: { resources: { bookings: "full", slots: "full" } },
  });
});
afterAll(() => dir.remove());

describe("agent add", () => {
  let token: string;

  it("prints the new token and nothing else, and stores only its hash", async () => {
    const added = await runGateway(["agent", "add", "support", "--policy", policy], env);
    expect(added.code).toBe(0);
    expect(added.stderr).toBe("");
    expect(added.stdout.endsWith("\n")).toBe(true);
    token = added.stdout.trimEnd();
    expect(token).toMatch(TOKEN_SHAPE);
    // At rest, nowhere in the store's files: not in a row, not in a WAL segment.
    expect(folderContains(data, token)).toBe(false);
    const sql = await openStore({ dataFolder: data });
    try {
      const agent = await findAgentByTokenId(sql, tokenIdOf(token) as string);
      expect(agent?.name).toBe("support");
      expect(agent?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(tokenMatches(token, agent?.tokenHash as string)).toBe(true);
      expect(tokenMatches(`${token.slice(0, -1)}x`, agent?.tokenHash as string)).toBe(false);
      expect(agent?.policy).toEqual({ resources: { bookings: "read" } });
    } finally {
      await sql.close();
    }
  });

  it("gives every agent a different token", async () => {
    const other = await runGateway(["agent", "add", "scheduler", "--policy", policy], env);
    expect(other.code).toBe(0);
    expect(other.stdout.trimEnd()).toMatch(TOKEN_SHAPE);
    expect(other.stdout.trimEnd()).not.toBe(token);
  });

  it("refuses a name in use, a name the policy file lacks, and a bad policy file, clearly", async () => {
    const taken = await runGateway(["agent", "add", "support", "--policy", policy], env);
    expect(taken).toMatchObject({ code: 1, stdout: "" });
    expect(taken.stderr).toContain('An agent named "support" already exists');

    const missing = await runGateway(["agent", "add", "nobody", "--policy", policy], env);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toContain('no entry for agent "nobody"');
    expect(missing.stderr).toContain("support, scheduler");

    const bad = writePolicy(dir.path, { x: { resources: { bookings: "everything" } } }, "bad.json");
    const invalid = await runGateway(["agent", "add", "x", "--policy", bad], env);
    expect(invalid).toMatchObject({ code: 1, stdout: "" });
    expect(invalid.stderr).toContain("/agents/x/resources/bookings");

    const noFile = await runGateway(
      ["agent", "add", "x", "--policy", `${dir.path}/none.yaml`],
      env,
    );
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain("Cannot read the policy file");

    for (const result of [taken, missing, invalid, noFile])
      expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it("answers usage mistakes with exit 2 and the usage", async () => {
    const noPolicy = await runGateway(["agent", "add", "y"], env);
    expect(noPolicy.code).toBe(2);
    expect(noPolicy.stderr).toContain("--policy <file> is required");
    const badName = await runGateway(["agent", "add", "../etc", "--policy", policy], env);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain("Agent names are");
    const past = await runGateway(
      ["agent", "add", "support2", "--policy", policy, "--expires", "2020-01-01T00:00:00Z"],
      env,
    );
    expect(past.code).toBe(2);
    expect(past.stderr).toContain("--expires must be in the future");
    const unknown = await runGateway(["agent", "list", "--colour"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option --colour");
    const command = await runGateway(["frobnicate"], env);
    expect(command.code).toBe(2);
  });
});

describe("agent list, policy and revoke", () => {
  it("lists agents with their token ids (never tokens) and policy revisions", async () => {
    const list = await runGateway(["agent", "list"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^NAME\s+TOKEN ID\s+POLICY\s+CREATED\s+STATE\n/);
    expect(list.stdout).toMatch(/\nsupport\s+[a-z0-9]{12}\s+r1\s+\S+\s+live\n/);
    expect(list.stdout).not.toContain("ckgw_");
  });

  it("records a new policy revision and keeps the old one", async () => {
    const next = writePolicy(
      dir.path,
      { support: { resources: { bookings: "full" } } },
      "next.json",
    );
    const changed = await runGateway(["agent", "policy", "support", "--policy", next], env);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain("policy revision 2");
    const sql = await openStore({ dataFolder: data });
    try {
      const history = await policyHistory(sql, "support");
      expect(history.map((h) => [h.revision, h.policy])).toEqual([
        [1, { resources: { bookings: "read" } }],
        [2, { resources: { bookings: "full" } }],
      ]);
    } finally {
      await sql.close();
    }
  });

  it("revokes an agent; its name can then be given to a new agent", async () => {
    const revoked = await runGateway(["agent", "revoke", "scheduler"], env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain("Revoked agent scheduler");
    const again = await runGateway(["agent", "revoke", "scheduler"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('no live agent named "scheduler"');
    const json = await runGateway(["agent", "list", "--json"], env);
    const rows = json.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.find((r) => r.name === "scheduler")?.revokedAt).toEqual(expect.any(String));
    const reused = await runGateway(["agent", "add", "scheduler", "--policy", policy], env);
    expect(reused.code).toBe(0);
  });
});
