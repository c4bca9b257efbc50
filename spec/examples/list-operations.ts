import { listOperations, listScopes, loadSpec, specPath } from "@calkit/spec";

const doc = loadSpec(); // the parsed openapi.yaml
for (const op of listOperations(doc)) {
  console.log(op.id, op.method.toUpperCase(), op.path, op.meta.apiVersion, op.scopes.join(" | "));
}
// bookings.list GET /v2/bookings 2026-02-25 BOOKING_READ
console.log(Object.keys(listScopes(doc)).length); // 16
console.log(specPath); // absolute path of openapi.yaml, e.g. for a Prism mock
