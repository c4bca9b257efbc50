/**
 * pnpm readme:examples          exit 1 naming each README whose example blocks differ from the files
 * pnpm readme:examples --write  copy the example files into the READMEs' blocks
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./published-packages";
import { READMES, readmeWithExamples } from "./readme-examples";

const write = process.argv.includes("--write");
let stale = 0;
for (const readme of READMES) {
  const { current, synced } = readmeWithExamples(readme);
  if (synced === current) continue;
  if (write) writeFileSync(join(ROOT, readme), synced);
  else stale++;
  console.log(`${readme}: ${write ? "updated from" : "differs from"} its example files`);
}
if (stale) {
  console.log("run `pnpm readme:examples --write` and commit the READMEs");
  process.exit(1);
}
