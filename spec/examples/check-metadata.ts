import { checkOperationMetadata, listOperations } from "@calkit/spec";

const list = listOperations().find((op) => op.id === "bookings.list");
export const problems = checkOperationMetadata(
  { ...list?.meta, idempotent: false },
  "/paths/~1v2~1bookings/get/x-cal",
);
// [{ pointer: "/paths/~1v2~1bookings/get/x-cal/idempotent", message: "must be true" }]
