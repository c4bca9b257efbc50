/** pnpm recordings:import [--from DIR] [--to DIR]: see import.ts. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { importRecordings } from "./import";

const { values } = parseArgs({
  options: {
    from: { type: "string", default: "../shared/recordings" },
    to: { type: "string", default: "spec/recordings" },
  },
});
try {
  const provenance = importRecordings(resolve(values.from), resolve(values.to), values.from);
  const count = provenance.files.reduce((n, f) => n + Object.keys(f.exchanges).length, 0);
  console.log(`${count} exchanges from ${provenance.files.length} files written to ${values.to}`);
} catch (error) {
  console.error(`recordings:import: ${(error as Error).message}`);
  process.exit(1);
}
