/** pnpm prism [spec]: runs the Prism mock of the curated spec until interrupted. */
import { startPrism } from "./prism";

const server = await startPrism({ spec: process.argv[2] });
console.log(
  `Prism mock of ${process.argv[2] ?? "spec/openapi.yaml"} listening on ${server.url} (Ctrl-C to stop)`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
