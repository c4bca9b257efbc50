#!/usr/bin/env node
/**
 * `calkit-gateway`: `serve`, or one store command (agent …, audit …). Problems end the process with
 * one line on stderr (exit 2 for usage and configuration, 1 for a refused command), never a stack
 * trace, and never a secret.
 */
import { UsageError } from "./cli-args.js";
import { isStoreCommand } from "./commands.js";
import { HELP } from "./help.js";
import { GatewaySetupError } from "./setup-error.js";
import { StoreError } from "./store/sql.js";
import { runStoreCommandFromCli } from "./store-command-cli.js";

const NAME = "calkit-gateway";

function fail(message: string, code: number): never {
  process.stderr.write(`${NAME}: ${message}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (argv[0] === "serve") {
    const { serveFromCli } = await import("./serve-cli.js");
    return serveFromCli(argv.slice(1), process.env);
  }
  if (!isStoreCommand(argv))
    throw new UsageError(`Unknown command ${JSON.stringify(argv[0])}. Run ${NAME} --help.`);
  const result = await runStoreCommandFromCli(argv, process.env);
  process.stdout.write(result.stdout);
  if (result.stderr)
    process.stderr.write(result.code === 0 ? result.stderr : `${NAME}: ${result.stderr}`);
  process.exitCode = result.code;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) fail(`${error.message}\nRun ${NAME} --help for the usage.`, 2);
  if (error instanceof StoreError) fail(error.message, 2);
  if (error instanceof GatewaySetupError) fail(error.message, 2);
  fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 1);
});
