import {
  allowedOperations,
  canCall,
  expandScopes,
  missingScope,
  permissionOf,
  requiredScope,
  scopeMap,
} from "@calkit/scopes";

export const bookingReads = allowedOperations({ scopes: ["BOOKING_READ"] });
// ["bookings.get", "bookings.list", "slots.deleteReservation", "slots.list", "slots.reserve", "slots.updateReservation"]
export const teamReads = allowedOperations(
  { apiKey: true },
  { resources: ["teams"], access: "read" },
); // ["teams.get", "teams.list"]

export const mayCancel = canCall("bookings.cancel", { scopes: ["BOOKING_READ"] }); // false
export const lacking = missingScope("bookings.cancel", ["BOOKING_READ"]); // "BOOKING_WRITE" (null when allowed)
export const forSlots = requiredScope("slots.list"); // null
export const granted = expandScopes(["ORG_USERS_READ"]); // the granted scopes plus what they imply, in a stable order

export const teamsUpdate = permissionOf("teams.update");
// { id, method: "patch", path: "/v2/teams/{teamId}", resource: "teams", access: "write",
//   scope: "TEAM_WRITE", auth: "required", apiVersion: "2024-08-13", webhooks: [],
//   destructive: false, idempotent: true, role: "team owner or admin", platform: false }
export const operationCount = Object.keys(scopeMap).length; // 41: the map holds every operation
