// The hand-written public core, re-exported for the package entry and the generated layer.
export type { AuthStrategy, CredentialDeps, Credentials } from "./auth.js";
export { apiKeyAuth, validateApiKey } from "./auth.js";
export type { PageWithMeta, PaginationMeta } from "./envelope.js";
export {
  BadRequestError,
  CalAbortError,
  CalApiError,
  type CalApiErrorInit,
  CalConfigError,
  CalConnectionError,
  CalError,
  CalRefusedError,
  CalTimeoutError,
  ConflictError,
  errorFromResponse,
  ForbiddenError,
  InternalServerError,
  InvalidPathParameterError,
  MissingScopeError,
  NotFoundError,
  RateLimitedError,
  readRequestId,
  UnauthorizedError,
  UnprocessableEntityError,
} from "./errors.js";
export type { CallHook, CallOutcome, HookedCall } from "./hooks.js";
export { DEFAULT_TOKEN_URL, oauthAuth } from "./oauth.js";
export type { AuthRequirement, HttpMethod, OperationMeta, OperationTargets } from "./operation.js";
export type {
  CalClientOptions,
  CallOptions,
  CalRuntimeOptions,
  CommonOptions,
  FetchLike,
  OAuthOptions,
  OAuthTokens,
  PlatformCredentials,
  RateLimitListener,
} from "./options.js";
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "./options.js";
export { DEFAULT_PAGE_SIZE } from "./pagination.js";
export { pathIdProblem } from "./path-id.js";
export { platformAuth } from "./platform.js";
export { type CalRateLimit, readRateLimit } from "./rate-limit-headers.js";
export {
  DEFAULT_REQUESTS_PER_MINUTE,
  type RateLimitStrategy,
  rateLimiter,
} from "./rate-limiter.js";
export { DEFAULT_MAX_RETRIES, MAX_RETRY_AFTER_MS, shouldRetry } from "./retry.js";
export { buildRuntime, createRuntime, type Runtime, type RuntimeDeps } from "./runtime.js";
export type { Sleep } from "./sleep.js";
export type { CalWarning, WarningListener } from "./warnings.js";
