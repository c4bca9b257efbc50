/**
 * @calkit/scopes — the permission model of Cal.com API v2 operations, generated from the spec.
 * @example
 *   allowedOperations({ scopes: ["BOOKING_READ"] }); // ["bookings.get", "bookings.list", "slots.list", ...]
 *   missingScope("bookings.cancel", ["BOOKING_READ"]); // "BOOKING_WRITE"
 */
export {
  type OperationId,
  type Scope,
  scopeDescriptions,
  scopeImplications,
  scopeMap,
  scopeNames,
} from "./generated/scope-map.gen.js";
export {
  allowedOperations,
  assertScopes,
  canCall,
  expandScopes,
  type Grant,
  isScope,
  listPermissions,
  missingScope,
  type OperationFilter,
  permissionOf,
  requiredScope,
  UnknownOperationError,
  UnknownScopeError,
} from "./scopes.js";
export type { OperationPermission, ScopeImplication } from "./types.js";
