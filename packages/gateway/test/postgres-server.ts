// A real Postgres server for the tests, started on 127.0.0.1 in a temp folder (Debian's
// postgresql package: initdb and pg_ctl). When the binaries are absent the caller skips, with the
// reason below; `.ci/run` installs them. initdb refuses to run as root, so as root the server runs
// as the `postgres` user in a folder that user owns.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "../../../scripts/prism.js";

export interface PostgresServer {
  url: string;
  /** Stops at once (as a crash would) and starts again on the same port and data. */
  restart(): void;
  stop(): void;
}

export const POSTGRES_SKIP_REASON =
  "Postgres tests skipped: no initdb/pg_ctl found (apt-get install -y postgresql, or put its bin folder on PATH)";

function findBinFolder(): string | undefined {
  const onPath = (process.env.PATH ?? "")
    .split(":")
    .find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
  if (onPath) return onPath;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "initdb")));
}

export function postgresAvailable(): boolean {
  return findBinFolder() !== undefined;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinFolder();
  if (!bin) throw new Error(POSTGRES_SKIP_REASON);
  const dir = mkdtempSync(join(tmpdir(), "calkit-gw-pg-"));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const pgUser = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const pgGroup = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, pgUser, pgGroup);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], {
          stdio: "pipe",
        })
      : execFileSync(join(bin, command), args, { stdio: "pipe" });
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const start = () =>
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      join(dir, "log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`,
      "-w",
      "start",
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart() {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      start();
    },
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
