// OperationMeta fixtures shaped like the generated ones.
import type { OperationMeta } from "../../src/core/operation.js";

const base = {
  scopes: [] as string[],
  pathParams: [] as string[],
  queryParams: [] as string[],
  hasBody: false,
  pagination: null,
  targets: {},
  noticeGuard: null,
  lookup: null,
};

export const bookingsCreate: OperationMeta = {
  ...base,
  id: "bookings.create",
  method: "post",
  path: "/v2/bookings",
  resource: "bookings",
  access: "write",
  apiVersion: "2026-02-25",
  apiVersions: ["2026-02-25"],
  idempotent: false,
  auth: "optional",
  scopes: ["BOOKING_WRITE"],
  hasBody: true,
};

export const bookingsGet: OperationMeta = {
  ...base,
  id: "bookings.get",
  method: "get",
  path: "/v2/bookings/{bookingUid}",
  resource: "bookings",
  access: "read",
  apiVersion: "2026-02-25",
  apiVersions: ["2026-02-25"],
  idempotent: true,
  auth: "optional",
  scopes: ["BOOKING_READ"],
  pathParams: ["bookingUid"],
};

export const bookingsList: OperationMeta = {
  ...base,
  id: "bookings.list",
  method: "get",
  path: "/v2/bookings",
  resource: "bookings",
  access: "read",
  apiVersion: "2026-02-25",
  apiVersions: ["2026-02-25"],
  idempotent: true,
  auth: "required",
  scopes: ["BOOKING_READ"],
  queryParams: ["take", "skip", "status"],
  pagination: { style: "take-skip", meta: true },
};

export const bookingsCancel: OperationMeta = {
  ...base,
  id: "bookings.cancel",
  method: "post",
  path: "/v2/bookings/{bookingUid}/cancel",
  resource: "bookings",
  access: "write",
  apiVersion: "2026-02-25",
  apiVersions: ["2026-02-25"],
  idempotent: false,
  auth: "optional",
  pathParams: ["bookingUid"],
  hasBody: true,
};

export const webhooksList: OperationMeta = {
  ...base,
  id: "webhooks.list",
  method: "get",
  path: "/v2/webhooks",
  resource: "webhooks",
  access: "read",
  apiVersion: "2021-10-20",
  apiVersions: ["2021-10-20"],
  idempotent: true,
  auth: "required",
  queryParams: ["take", "skip"],
  pagination: { style: "take-skip", meta: false },
};

export const eventTypesUpdate: OperationMeta = {
  ...base,
  id: "eventTypes.update",
  method: "patch",
  path: "/v2/event-types/{eventTypeId}",
  resource: "eventTypes",
  access: "write",
  apiVersion: "2024-06-14",
  apiVersions: ["2024-06-14"],
  idempotent: true,
  auth: "required",
  pathParams: ["eventTypeId"],
  hasBody: true,
};

export const eventTypesDelete: OperationMeta = {
  ...base,
  id: "eventTypes.delete",
  method: "delete",
  path: "/v2/event-types/{eventTypeId}",
  resource: "eventTypes",
  access: "write",
  apiVersion: "2024-06-14",
  apiVersions: ["2024-06-14"],
  idempotent: true,
  auth: "required",
  pathParams: ["eventTypeId"],
};

export const slotsList: OperationMeta = {
  ...base,
  id: "slots.list",
  method: "get",
  path: "/v2/slots",
  resource: "slots",
  access: "read",
  apiVersion: "2024-09-04",
  apiVersions: ["2024-09-04"],
  idempotent: true,
  auth: "none",
  queryParams: ["eventTypeId", "start", "end", "timeZone"],
};

export const busyTimes: OperationMeta = {
  ...base,
  id: "calendars.busyTimes",
  method: "get",
  path: "/v2/calendars/busy-times",
  resource: "calendars",
  access: "read",
  apiVersion: "2024-08-13",
  apiVersions: ["2024-08-13"],
  idempotent: true,
  auth: "required",
  queryParams: ["loggedInUsersTz", "timeZone", "dateFrom", "dateTo", "calendarsToLoad"],
};

export const meGet: OperationMeta = {
  ...base,
  id: "me.get",
  method: "get",
  path: "/v2/me",
  resource: "me",
  access: "read",
  apiVersion: "2024-08-13",
  apiVersions: ["2024-08-13"],
  idempotent: true,
  auth: "required",
};

export const TEST_KEY = "cal_0123456789abcdef0123456789abcdef";
export const LIVE_KEY = "cal_live_0123456789abcdef0123456789abcdef";
