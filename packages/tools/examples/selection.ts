import { selectTools } from "@calkit/tools";

const scopes = ["BOOKING_READ", "BOOKING_WRITE"];

export const all = selectTools({ apiKey: true }); // all 41: an API key has its account's full access
export const reads = selectTools({ scopes: ["BOOKING_READ"] }); // bookings.get and .list, plus the 4 slots tools (they need no scope)
export const anonymous = selectTools({}); // no credentials: only tools whose auth is none or optional (9)
export const readOnly = selectTools({ apiKey: true, access: "read" }); // the 15 read-only tools
export const bookingsAndSlots = selectTools({ scopes, resources: ["bookings", "slots"] });
export const named = selectTools({ apiKey: true, ids: ["bookings.list", "cal_slots_list"] }); // operation ids or tool names
