/**
 * @calkit/client — a typed, safe client for Cal.com API v2.
 * @example
 *   const cal = createCalClient({ apiKey: process.env.CAL_API_KEY });
 *   const slots = await cal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
 */
export { type CalClient, createCalClient } from "./client.js";
export * from "./core/index.js";
export type * from "./generated/client.gen.js";
export { OPERATION_COUNT, type OperationId, operations } from "./generated/operations.gen.js";
export type { components, operations as OperationTypes, paths } from "./generated/schema.gen.js";
