/**
 * Runs a store command for the CLI: against Postgres directly; against the embedded store by
 * taking its folder's lock, or, when a gateway is serving that folder, inside that gateway
 * through its loopback admin endpoint.
 */

import { relayStoreCommand } from "./admin-relay.js";
import { type CommandResult, runStoreCommand } from "./commands.js";
import { tryLock } from "./data-lock.js";
import { openStore, storeLocationFromEnv } from "./store/open.js";
import { StoreError } from "./store/sql.js";

const BUSY_WAIT_MS = 15_000;

export async function runStoreCommandFromCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const location = storeLocationFromEnv(env);
  if (location.databaseUrl) return withStore(location, argv);
  const started = Date.now();
  for (;;) {
    const attempt = tryLock(location.dataFolder);
    if ("held" in attempt) {
      try {
        return await withStore(location, argv);
      } finally {
        attempt.held.release();
      }
    }
    if (attempt.busy.admin) return relayStoreCommand(attempt.busy.admin, argv);
    // Another command holds the folder for a moment; wait for it.
    if (Date.now() - started > BUSY_WAIT_MS)
      throw new StoreError(
        `The data folder ${location.dataFolder} is in use by process ${attempt.busy.pid}; try again when it is done.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function withStore(
  location: ReturnType<typeof storeLocationFromEnv>,
  argv: readonly string[],
): Promise<CommandResult> {
  const sql = await openStore(location);
  try {
    return await runStoreCommand(sql, argv);
  } finally {
    await sql.close();
  }
}
