import { type AuthStrategy, type Credentials, createCredentials } from "./auth.js";
import { authFromOptions, rateLimitFromOptions } from "./client-options.js";
import { unwrapSuccess } from "./envelope.js";
import {
  CalAbortError,
  CalConfigError,
  CalConnectionError,
  CalError,
  CalTimeoutError,
  errorFromResponse,
  InvalidPathParameterError,
} from "./errors.js";
import type { OperationMeta } from "./operation.js";
import {
  type CalClientOptions,
  type CallOptions,
  type CalRuntimeOptions,
  checkMaxRetries,
  checkTimeout,
  type ResolvedOptions,
  resolveOptions,
} from "./options.js";
import { pathIdProblem } from "./path-id.js";
import { readRateLimit } from "./rate-limit-headers.js";
import type { RateLimiter } from "./rate-limiter.js";
import { buildRequest, readAnswer } from "./request.js";
import {
  connectionErrorCode,
  requestCertainlyNotSent,
  retryDelayMs,
  shouldRetry,
} from "./retry.js";
import { sleep as realSleep, type Sleep } from "./sleep.js";
import { createDeadline } from "./timeout.js";
import { createWarner, type Warn } from "./warnings.js";

/** What the generated layer calls. */
export interface Runtime {
  /** Sends one operation (with auth, version header, timeout, retries) and unwraps the envelope. */
  invoke(
    meta: OperationMeta,
    args?: Record<string, unknown>,
    options?: CallOptions,
  ): Promise<unknown>;
  /** The client's warning channel (once per operation and kind). */
  readonly warn: Warn;
  readonly now: () => number;
}

/** Replaceable clock and randomness, for tests and custom schedulers. */
export interface RuntimeDeps {
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
}

interface SplitArgs {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

interface Sent {
  response: Response;
  /** The 2xx body as text (undefined when empty). */
  text: string | undefined;
  /** The error body: parsed JSON, or text. */
  errorBody: unknown;
  /** The Authorization header our credentials produced, and whether it was the one sent. */
  ourAuthorization: string | undefined;
  sentOurAuthorization: boolean;
}

/**
 * `createCalClient`'s runtime: validates options and the credentials they hold (`apiKey`, `oauth`,
 * `platform` or `auth`) and the limiter they ask for, throwing CalConfigError before any request,
 * and builds the runtime.
 */
export function createRuntime(options: CalClientOptions = {}, deps: RuntimeDeps = {}): Runtime {
  const rateLimit = rateLimitFromOptions(options.rateLimit);
  // Lazy, so that the other options are checked before credentials, as they always were.
  return buildRuntime(
    { ...options, rateLimit },
    (d) => createCredentials(authFromOptions(options), d),
    deps,
  );
}

/**
 * Validates options (throwing CalConfigError before any request) and builds the runtime over the
 * credentials `auth` makes and the limiter `options.rateLimit` makes; without `auth`, only
 * operations whose auth is optional or none work.
 */
export function buildRuntime(
  options: CalRuntimeOptions,
  auth: AuthStrategy | undefined,
  deps: RuntimeDeps = {},
): Runtime {
  const resolved = resolveOptions(options);
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? realSleep;
  const credentials = createCredentials(auth, {
    fetch: resolved.fetch,
    now,
    timeoutMs: resolved.timeoutMs,
  });
  const { checkScope } = credentials;
  const warn = createWarner(options.onWarning);
  const limiter = options.rateLimit?.({ now, sleep });
  const transport: Transport = { resolved, credentials, limiter };

  /** Feeds Cal.com's rate-limit headers to the limiter and to the listeners that asked for them. */
  function reportRateLimit(headers: Headers, meta: OperationMeta, call: CallOptions): void {
    const rateLimit = readRateLimit(headers);
    if (!rateLimit) return;
    limiter?.observe(rateLimit);
    const context = { operationId: meta.id };
    options.onRateLimit?.(rateLimit, context);
    call.onRateLimit?.(rateLimit, context);
  }

  async function invoke(
    meta: OperationMeta,
    args?: Record<string, unknown>,
    call: CallOptions = {},
  ): Promise<unknown> {
    checkScope?.(meta);
    const request = splitArgs(meta, args);
    if (meta.auth === "required" && !credentials.configured) {
      throw new CalConfigError(
        `${meta.id} needs credentials: pass auth (or apiKey, oauth or platform) when creating the client`,
        { operationId: meta.id },
      );
    }
    const timeoutMs =
      call.timeoutMs === undefined ? resolved.timeoutMs : checkTimeout(call.timeoutMs);
    const maxRetries =
      call.maxRetries === undefined ? resolved.maxRetries : checkMaxRetries(call.maxRetries);
    let retries = 0;
    let resentAfter401 = false;

    for (;;) {
      let failure: CalError;
      let responseHeaders: Headers | undefined;
      try {
        const sent = await send(transport, meta, request, call, timeoutMs);
        const { response } = sent;
        reportRateLimit(response.headers, meta, call);
        if (response.ok)
          return unwrapSuccess(meta, sent.text, response, credentials.secrets(), warn);
        // A 401 means the request was rejected, so resending once with a fresh token is safe even for writes.
        if (
          response.status === 401 &&
          !resentAfter401 &&
          sent.ourAuthorization !== undefined &&
          sent.sentOurAuthorization &&
          (await withAbort(
            credentials.recoverFromUnauthorized(sent.ourAuthorization, meta.id, call.signal),
            meta,
            call.signal,
          ))
        ) {
          resentAfter401 = true;
          continue;
        }
        failure = errorFromResponse({
          operationId: meta.id,
          status: response.status,
          body: sent.errorBody,
          headers: response.headers,
          secrets: credentials.secrets(),
          now: now(),
        });
        responseHeaders = response.headers;
      } catch (error) {
        if (!(error instanceof CalConnectionError)) throw error;
        failure = error;
      }
      if (retries >= maxRetries || !shouldRetry(meta, failure)) throw failure;
      const delay = retryDelayMs(retries, responseHeaders, { now, random });
      if (delay === undefined) throw failure;
      await withAbort(sleep(delay, call.signal), meta, call.signal);
      retries++;
    }
  }

  return {
    invoke,
    warn,
    now,
  };
}

interface Transport {
  resolved: ResolvedOptions;
  credentials: Credentials;
  limiter: RateLimiter | undefined;
}

/** One attempt: waits for the limiter, sends, and turns thrown failures into Cal* errors. */
async function send(
  { resolved, credentials, limiter }: Transport,
  meta: OperationMeta,
  request: SplitArgs,
  call: CallOptions,
  timeoutMs: number,
): Promise<Sent> {
  // The limiter wait is not part of the timeout; only the caller's signal ends it.
  if (limiter) await withAbort(limiter.acquire(call.signal), meta, call.signal);
  if (call.signal?.aborted) throw abortError(meta, call.signal);
  const deadline = createDeadline(call.signal, timeoutMs);
  const progress = {
    stage: "before-fetch" as "before-fetch" | "awaiting-response" | "reading-body",
  };
  try {
    const auth = await credentials.headersFor(meta.auth, meta.id, deadline.signal);
    const built = buildRequest({
      method: meta.method,
      baseUrl: resolved.baseUrl,
      template: meta.path,
      path: request.path,
      query: request.query,
      body: request.body,
      // A per-call header replaces ours (never sent beside it: two credentials or two versions).
      headers: [
        { accept: "application/json", ...resolved.headers },
        { "cal-api-version": resolved.apiVersions[meta.resource] ?? meta.apiVersion },
        auth,
        call.headers ?? {},
      ],
      signal: deadline.signal,
    });
    progress.stage = "awaiting-response";
    const response = await resolved.send(built.url, built.init);
    progress.stage = "reading-body";
    const answer = await readAnswer(response);
    return {
      response,
      text: answer.text,
      errorBody: answer.errorBody,
      ourAuthorization: auth.authorization,
      sentOurAuthorization: built.init.headers.get("authorization") === auth.authorization,
    };
  } catch (error) {
    if (error instanceof CalError) throw error;
    if (call.signal?.aborted) throw abortError(meta, call.signal);
    if (deadline.timedOut) {
      throw new CalTimeoutError(`${meta.id}: no response within ${timeoutMs} ms`, {
        operationId: meta.id,
      });
    }
    // Failed while building the request (e.g. an unserialisable body): nothing was sent, not a network fault.
    if (progress.stage === "before-fetch") throw error;
    const code = connectionErrorCode(error);
    throw new CalConnectionError(
      `${meta.id}: connection to Cal.com failed${code ? ` (${code})` : ""}`,
      {
        operationId: meta.id,
        cause: error,
        requestMayHaveReachedServer:
          progress.stage === "reading-body" || !requestCertainlyNotSent(error),
      },
    );
  } finally {
    deadline.dispose();
  }
}

/** Flat arguments → path, query and (when the operation has one) JSON body. */
function splitArgs(meta: OperationMeta, args: Record<string, unknown> | undefined): SplitArgs {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args ?? {})) {
    if (value === undefined) continue;
    if (meta.pathParams.includes(key)) path[key] = value;
    else if (meta.queryParams.includes(key)) query[key] = value;
    else if (meta.hasBody) body[key] = value;
  }
  for (const name of meta.pathParams) {
    const problem = pathIdProblem(path[name]);
    if (problem !== undefined) {
      throw new InvalidPathParameterError(`${meta.id}: path parameter "${name}" ${problem}`, name, {
        operationId: meta.id,
      });
    }
  }
  return { path, query, body: meta.hasBody ? body : undefined };
}

/** Maps a rejection caused by the caller's signal to CalAbortError. */
function withAbort<T>(promise: Promise<T>, meta: OperationMeta, signal: AbortSignal | undefined) {
  return promise.catch((error: unknown) => {
    if (signal?.aborted && !(error instanceof CalError)) throw abortError(meta, signal);
    throw error;
  });
}

function abortError(meta: OperationMeta, signal: AbortSignal): CalAbortError {
  return new CalAbortError(`${meta.id}: aborted by the caller`, {
    operationId: meta.id,
    cause: signal.reason,
  });
}
