/** What the scope map says about one operation. */
export interface OperationPermission {
  readonly id: string;
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  readonly path: string;
  /** Endpoint family: bookings, eventTypes, slots, schedules, calendars, me, teams, webhooks, orgUsers. */
  readonly resource: string;
  readonly access: "read" | "write";
  /** The OAuth scope the call needs, or null when none does (slots). */
  readonly scope: string | null;
  /** required: credentials needed; optional: public pages work without; none: never sent. */
  readonly auth: "required" | "optional" | "none";
  /** The `cal-api-version` header it is sent with. */
  readonly apiVersion: string;
  /** Webhook triggers the call fires. */
  readonly webhooks: readonly string[];
  readonly destructive: boolean;
  readonly idempotent: boolean;
  /** A role needed beyond the scope (e.g. "team owner"), or null. */
  readonly role: string | null;
  /** Platform OAuth client headers are accepted. */
  readonly platform: boolean;
}

/** ORG_<X> grants TEAM_<X>, written as a regular expression over scope names and its replacement. */
export interface ScopeImplication {
  readonly pattern: string;
  readonly grants: string;
}
