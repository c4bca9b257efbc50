/**
 * Generated code must compile against the hand-written client: the real spec's output in
 * packages/client, and the minimal fixture's output in a temp copy of the client package.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate, readSpec, writeFiles } from "../src/index";
import { fixture, REPO_ROOT } from "./run-cli";

const CLIENT = join(REPO_ROOT, "packages/client");

/** `tsc --noEmit -p <project>`; the compiler's report is the failure message. */
function typecheck(project: string): { status: number | null; output: string } {
  const tsc = spawnSync(join(REPO_ROOT, "node_modules/.bin/tsc"), ["--noEmit", "-p", project], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: tsc.status, output: `${tsc.stdout}${tsc.stderr}` };
}

/**
 * Calls on the minimal fixture's client that must compile, and misuses that must not: the
 * generated types carry the spec's parameters, bodies and results, not `any`.
 */
const USAGE = `
import { createCalClient } from "./index.js";

const cal = createCalClient({ apiKey: "cal_test" });

export async function use(): Promise<void> {
  const page = await cal.things.list({ teamId: 1, status: "active", take: 10 });
  const total: number = page.pagination.totalItems;
  const name: string = page.data[0]?.name ?? "";
  for await (const thing of cal.things.list.all({ teamId: 1 })) {
    const id: number = thing.id;
    void id;
  }
  const created = await cal.things.create({ name: "A thing", note: "optional" });
  const note: string | null | undefined = created.note;
  const deleted: void = await cal.widgets.delete({ widgetId: "w1" });
  void [total, name, note, deleted];

  // @ts-expect-error teamId (a path parameter) is required
  await cal.things.list({ take: 10 });
  // @ts-expect-error status is one of the spec's enum values
  await cal.things.list({ teamId: 1, status: "deleted" });
  // @ts-expect-error the body's name is required
  await cal.things.create({ note: "no name" });
  // @ts-expect-error widgetId is a string
  await cal.widgets.delete({ widgetId: 1 });
  // @ts-expect-error no such operation
  await cal.widgets.create({});
}
`;

// tsc takes ~3-6 s when the machine is idle; the timeout leaves room for a busy one.
describe("tsc --noEmit", { timeout: 60_000 }, () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  /** A scratch folder under the repository (.tmp/ is gitignored), so it resolves the same packages. */
  function scratch(name: string): string {
    mkdirSync(join(REPO_ROOT, ".tmp"), { recursive: true });
    const root = mkdtempSync(join(REPO_ROOT, ".tmp", `${name}-`));
    roots.push(root);
    return root;
  }

  it("accepts packages/client/src with the real spec's generated code", () => {
    // packages/client's own tsconfig, narrowed to src/: the package's tests are not generated code.
    const project = join(scratch("typecheck-client"), "tsconfig.json");
    writeFileSync(
      project,
      JSON.stringify({ extends: join(CLIENT, "tsconfig.json"), include: [join(CLIENT, "src")] }),
    );
    const { status, output } = typecheck(project);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("accepts a copy of packages/client with the minimal fixture's generated code", async () => {
    const root = scratch("typecheck-minimal");
    const client = join(root, "packages/client");
    cpSync(join(CLIENT, "package.json"), join(client, "package.json"));
    for (const path of ["src/core", "src/client.ts", "src/index.ts"]) {
      cpSync(join(CLIENT, path), join(client, path), { recursive: true });
    }
    const tsconfig = JSON.parse(readFileSync(join(CLIENT, "tsconfig.json"), "utf8")) as {
      extends: string;
    };
    tsconfig.extends = join(CLIENT, tsconfig.extends);
    writeFileSync(join(client, "tsconfig.json"), JSON.stringify({ ...tsconfig, include: ["src"] }));
    symlinkSync(join(CLIENT, "node_modules"), join(client, "node_modules"), "dir");
    writeFileSync(join(client, "src/usage.ts"), USAGE);

    const { files } = await generate(readSpec(fixture("minimal.yaml")));
    writeFiles(files, root);

    const { status, output } = typecheck(client);
    expect(output).toBe("");
    expect(status).toBe(0);
  });
});
