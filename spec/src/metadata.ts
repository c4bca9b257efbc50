/**
 * The `x-cal` metadata the curated spec carries, typed for the packages that read it. The contract
 * itself is x-cal.schema.json (checked by `checkOperationMetadata`); these types follow it.
 */

export type Access = "read" | "write";
export type AuthRequirement = "required" | "optional" | "none";

/** One operation's `x-cal` object. */
export interface CalOperationMetadata {
  /** Stable id: client method, scope-map key, tool name root, audit operation. */
  id: string;
  /** Endpoint family: bookings, eventTypes, slots, schedules, calendars, me, teams, webhooks, orgUsers. */
  resource: string;
  access: Access;
  auth: AuthRequirement;
  /** The `cal-api-version` header to send. */
  apiVersion: string;
  /** The version whose schemas upstream documents for this operation (null when it declares none). */
  upstreamVersion: string | null;
  upstreamOperationId: string;
  /** Repeating the call has no further effect. */
  idempotent: boolean;
  /** The call removes or irreversibly changes something. */
  destructive: boolean;
  /** Webhook triggers the call fires. */
  webhooks: string[];
  pagination: { style: "take-skip"; meta: boolean } | null;
  /** A role the caller needs beyond the scope (e.g. "team owner"), if any. */
  role: string | null;
  /** What the agent tool shows: a one-line description and the argument names, when curated. */
  tool?: { description?: string; fields?: string[] };
  /** Which argument names the booking, the event type, the attendee and the guests. */
  targets?: { booking?: string; eventType?: string; attendee?: string; guests?: string };
  /** The verb a minimum-notice rule forbids for this operation. */
  noticeGuard?: "cancel" | "move";
  /** This operation reads one booking's facts by `targets.booking`. */
  lookup?: "booking";
  /**
   * Plain-English audit phrases with `{arg}`, `{result.field}`, `{arg|time}` placeholders and
   * `[optional parts]`: "booked a meeting on event type {eventTypeId}", "booking a meeting…", "created booking {result.uid}".
   */
  audit: { done: string; doing: string; result: string };
}

/** Document-level `x-cal` object. */
export interface CalDocumentMetadata {
  /** ORG_<X> grants TEAM_<X>, as regular-expression rewrite rules over scope names. */
  scopeImplications: { pattern: string; grants: string }[];
  upstream: { sha256: string };
}

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** An operation of the document with where it lives and its metadata. */
export interface SpecOperation {
  id: string;
  method: HttpMethod;
  path: string;
  /** OAuth scopes any one of which allows the call (from the operation's `security`). */
  scopes: string[];
  meta: CalOperationMetadata;
  /** The OpenAPI operation object itself. */
  operation: Record<string, unknown>;
}
