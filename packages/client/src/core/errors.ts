import { type CalRateLimit, readRateLimit } from "./rate-limit-headers.js";
import { redactSecrets } from "./redact.js";
import { parseRetryAfterMs } from "./retry-after.js";

// Fields the constructors always assign are `declare`d: the build then emits no field definitions
// for them (smaller bundles); each is still an own property, set in the same order.

/** Base of every error this client throws. `operationId` names the call that failed, when known. */
export class CalError extends Error {
  override readonly name: string = "CalError";
  declare readonly operationId: string | undefined;

  constructor(message: string, options: { operationId?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.operationId = options.operationId;
  }
}

/**
 * A hook refused the call before it was sent (a policy such as @calkit/guard's, a quota, an
 * approval that was denied); nothing was sent. `reason` says why in words a person or a model can
 * act on. Subclasses name who refused (the guard's PolicyDeniedError).
 */
export class CalRefusedError extends CalError {
  override readonly name: string = "CalRefusedError";

  constructor(
    message: string,
    readonly reason: string,
    options: { operationId?: string } = {},
  ) {
    super(message, options);
  }
}

/** Bad or missing credentials or options; always thrown before any request is sent. */
export class CalConfigError extends CalError {
  override readonly name: string = "CalConfigError";
}

/**
 * A path parameter cannot name an item in the URL (missing, empty, `.`/`..`, or not encodable):
 * thrown before any request is built. `field` is the parameter's name.
 */
export class InvalidPathParameterError extends CalConfigError {
  override readonly name: string = "InvalidPathParameterError";

  constructor(
    message: string,
    readonly field: string,
    options: { operationId?: string } = {},
  ) {
    super(message, options);
  }
}

/** The caller's AbortSignal fired. Never retried. */
export class CalAbortError extends CalError {
  override readonly name: string = "CalAbortError";
}

/** fetch failed: no HTTP response was received. */
export class CalConnectionError extends CalError {
  override readonly name: string = "CalConnectionError";
  /** False only when the failure proves nothing was sent (connection refused, DNS failure). */
  declare readonly requestMayHaveReachedServer: boolean;

  constructor(
    message: string,
    options: { operationId?: string; cause?: unknown; requestMayHaveReachedServer: boolean },
  ) {
    super(message, options);
    this.requestMayHaveReachedServer = options.requestMayHaveReachedServer;
  }
}

/** No response within the timeout. The request may have reached the server. */
export class CalTimeoutError extends CalConnectionError {
  override readonly name: string = "CalTimeoutError";

  constructor(message: string, options: { operationId?: string; cause?: unknown } = {}) {
    super(message, { ...options, requestMayHaveReachedServer: true });
  }
}

/**
 * The client was told the OAuth token's granted scopes (`oauth.scopes`) and the operation needs a
 * scope the token lacks. Always thrown before any request is sent.
 */
export class MissingScopeError extends CalError {
  override readonly name: string = "MissingScopeError";
  declare readonly operationId: string;
  /** The scope the operation needs (the first one, when several would do). */
  declare readonly scope: string;
  /** Every scope that would allow the call. */
  declare readonly acceptedScopes: readonly string[];
  /** The scopes the token holds, implied ones (ORG_<X> ⇒ TEAM_<X>) included. */
  declare readonly grantedScopes: readonly string[];

  constructor(init: {
    operationId: string;
    acceptedScopes: readonly string[];
    grantedScopes: readonly string[];
  }) {
    const scope = init.acceptedScopes[0] ?? "";
    const needs =
      init.acceptedScopes.length > 1
        ? `one of the OAuth scopes ${init.acceptedScopes.join(", ")}`
        : `the OAuth scope ${scope}`;
    const granted = init.grantedScopes.length ? init.grantedScopes.join(", ") : "none";
    super(
      `${init.operationId} needs ${needs}, which this token was not granted (granted: ${granted}); nothing was sent`,
      { operationId: init.operationId },
    );
    this.operationId = init.operationId;
    this.scope = scope;
    this.acceptedScopes = [...init.acceptedScopes];
    this.grantedScopes = [...init.grantedScopes];
  }
}

export interface CalApiErrorInit {
  status: number;
  message: string;
  /** Cal.com's own words, when it said any (the message adds the operation and the status). */
  serverMessage?: string | undefined;
  /** The error body as Cal.com sent it (parsed JSON, or text), secrets removed. */
  body?: unknown;
  code?: string | undefined;
  details?: unknown;
  operationId?: string | undefined;
  requestId?: string | undefined;
  headers?: Record<string, string>;
  retryAfterMs?: number | undefined;
  rateLimit?: CalRateLimit | undefined;
  cause?: unknown;
}

/** Cal.com answered with an error status (or with a body that is not a valid success envelope). */
export class CalApiError extends CalError {
  override readonly name: string = "CalApiError";
  declare readonly status: number;
  /** What Cal.com itself said (`error.message`), without our prefix; undefined when it said nothing. */
  declare readonly serverMessage: string | undefined;
  /** The error body as Cal.com sent it (parsed JSON, or text), secrets removed. */
  declare readonly body: unknown;
  /** Cal.com's `error.code`, e.g. "NotFoundException". */
  declare readonly code: string | undefined;
  declare readonly details: unknown;
  declare readonly requestId: string | undefined;
  /** Response headers, minus cookies and anything credential-like. */
  declare readonly headers: Readonly<Record<string, string>>;
  /** Cal.com's rate-limit headers on this answer, when it sent them. */
  declare readonly rateLimit: CalRateLimit | undefined;

  constructor(init: CalApiErrorInit) {
    super(init.message, { operationId: init.operationId, cause: init.cause });
    this.status = init.status;
    this.serverMessage = init.serverMessage;
    this.body = init.body;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.headers = init.headers ?? {};
    this.rateLimit = init.rateLimit;
  }
}

export class BadRequestError extends CalApiError {
  override readonly name: string = "BadRequestError";
}
export class UnauthorizedError extends CalApiError {
  override readonly name: string = "UnauthorizedError";
}
export class ForbiddenError extends CalApiError {
  override readonly name: string = "ForbiddenError";
}
export class NotFoundError extends CalApiError {
  override readonly name: string = "NotFoundError";
}
export class ConflictError extends CalApiError {
  override readonly name: string = "ConflictError";
}
export class UnprocessableEntityError extends CalApiError {
  override readonly name: string = "UnprocessableEntityError";
}
export class RateLimitedError extends CalApiError {
  override readonly name: string = "RateLimitedError";
  /** The wait the server asked for, when it said. */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: CalApiErrorInit) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
export class InternalServerError extends CalApiError {
  override readonly name: string = "InternalServerError";
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "bad request",
  401: "missing or invalid credentials",
  403: "the credentials lack the scope or role this operation needs",
  404: "not found, or not visible to these credentials",
  409: "conflict with the current state",
  422: "the request could not be processed",
  429: "rate limited; slow down",
};

// Never copied onto errors: they carry or set credentials.
const HIDDEN_HEADERS = new Set([
  "set-cookie",
  "cookie",
  "authorization",
  "proxy-authorization",
  "x-cal-secret-key",
]);

export interface ErrorResponseInput {
  operationId: string;
  status: number;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  headers: Headers;
  /** Credential values to scrub from anything copied out of the response. */
  secrets?: readonly string[];
  now?: number;
}

/** Builds the error class matching an HTTP error response, from Cal.com's error envelope. */
export function errorFromResponse(input: ErrorResponseInput): CalApiError {
  const { operationId, status, headers } = input;
  const secrets = input.secrets ?? [];
  const { code, message, details } = readErrorEnvelope(input.body);
  const text =
    message ??
    DEFAULT_MESSAGES[status] ??
    (status >= 500 ? "Cal.com server error" : "request failed");
  const suffix = code === undefined ? `HTTP ${status}` : `HTTP ${status}, ${code}`;
  const init: CalApiErrorInit = {
    status,
    code,
    message: redactSecrets(`${operationId}: ${text} (${suffix})`, secrets),
    serverMessage: message === undefined ? undefined : redactSecrets(message, secrets),
    body: redactSecrets(input.body, secrets),
    details: redactSecrets(details, secrets),
    operationId,
    requestId: readRequestId(headers),
    headers: safeHeaders(headers, secrets),
    retryAfterMs: parseRetryAfterMs(headers, input.now),
    rateLimit: readRateLimit(headers),
  };
  return new (errorClassFor(status))(init);
}

const ERROR_CLASSES: Record<number, new (init: CalApiErrorInit) => CalApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitedError,
};

function errorClassFor(status: number): new (init: CalApiErrorInit) => CalApiError {
  return ERROR_CLASSES[status] ?? (status >= 500 ? InternalServerError : CalApiError);
}

/** `{status:"error", error:{code, message, details}}`; tolerates Nest's bare `{message}` and text bodies. */
function readErrorEnvelope(body: unknown): { code?: string; message?: string; details?: unknown } {
  if (typeof body === "string") {
    const text = body.trim();
    return text === "" ? {} : { message: text.length > 200 ? `${text.slice(0, 200)}…` : text };
  }
  if (body === null || typeof body !== "object") return {};
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (error !== null && typeof error === "object") {
    const e = error as Record<string, unknown>;
    return {
      code: stringOrUndefined(e.code),
      message: stringOrUndefined(e.message),
      details: e.details,
    };
  }
  const message = Array.isArray(record.message) ? record.message.join("; ") : record.message;
  return { code: stringOrUndefined(error), message: stringOrUndefined(message) };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The id Cal.com (or its CDN) gave the answer, for support requests: `x-request-id`, … */
export function readRequestId(headers: Headers): string | undefined {
  return (
    headers.get("x-request-id") ?? headers.get("request-id") ?? headers.get("cf-ray") ?? undefined
  );
}

function safeHeaders(headers: Headers, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    if (!HIDDEN_HEADERS.has(key)) out[key] = redactSecrets(value, secrets);
  });
  return out;
}
