/**
 * What the runtime needs to know about one operation. The generator emits one of these per
 * operation (src/generated/operations.gen.ts) from the spec's `x-cal` metadata and parameters;
 * everything in core/ is driven by it, never by per-operation hand-written code.
 */
export type HttpMethod = "get" | "post" | "patch" | "put" | "delete";

export type AuthRequirement = "required" | "optional" | "none";

export interface OperationMeta {
  /** Stable id used everywhere: "bookings.create". */
  readonly id: string;
  readonly method: HttpMethod;
  /** OpenAPI path template: "/v2/bookings/{bookingUid}". */
  readonly path: string;
  /** Endpoint family, used for per-family version overrides: "bookings", "eventTypes", ... */
  readonly resource: string;
  readonly access: "read" | "write";
  /** Value of the `cal-api-version` header to send unless overridden. */
  readonly apiVersion: string;
  /** Every `cal-api-version` Cal.com is known to answer for this family (`apiVersion` among them). */
  readonly apiVersions: readonly string[];
  /** Repeating the call has no further effect (safe to retry after it may have reached the server). */
  readonly idempotent: boolean;
  readonly auth: AuthRequirement;
  /** OAuth scopes any one of which allows the call (empty when none is needed). */
  readonly scopes: readonly string[];
  /** Names of path parameters, in template order. */
  readonly pathParams: readonly string[];
  /** Names of query parameters. */
  readonly queryParams: readonly string[];
  /** Whether the operation takes a JSON body; body fields are the remaining argument keys. */
  readonly hasBody: boolean;
  /** take/skip pagination; `meta` is true when the response carries a `pagination` object. */
  readonly pagination: { readonly style: "take-skip"; readonly meta: boolean } | null;
  /** Which arguments name a booking, an event type, the attendee and the guests (`x-cal.targets`). */
  readonly targets: OperationTargets;
  /** The verb a minimum-notice rule forbids ("cancel", "move"); null when no notice rule applies. */
  readonly noticeGuard: "cancel" | "move" | null;
  /** What the operation looks up by its target: "booking" reads one booking's facts. */
  readonly lookup: "booking" | null;
}

/** Argument names, by what they name. */
export interface OperationTargets {
  readonly booking?: string;
  readonly eventType?: string;
  readonly attendee?: string;
  readonly guests?: string;
}
