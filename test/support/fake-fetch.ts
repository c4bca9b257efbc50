// Test doubles shared by every package's tests: an injectable fetch that records requests, canned
// Cal.com answers, a recording sleep.
import type { FetchLike } from "../../packages/client/src/core/options.js";

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** Parsed JSON body, raw text when not JSON, undefined when empty. */
  body: unknown;
  signal: AbortSignal;
  /** The request itself, unread (clone it to read the body). */
  request: Request;
}

export type Handler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export interface FakeFetch extends FetchLike {
  calls: RecordedRequest[];
  /** The requests as sent, unread, in order (clone one to read its body). */
  readonly requests: Request[];
  /** Calls to the Cal.com API, excluding the OAuth token endpoint. */
  apiCalls(): RecordedRequest[];
  tokenCalls(): RecordedRequest[];
}

export function fakeFetch(handler: Handler): FakeFetch {
  const calls: RecordedRequest[] = [];
  const fetch = (async (input: Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    let body: unknown;
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const recorded = {
      method: request.method,
      url: new URL(request.url),
      headers,
      body,
      signal: request.signal,
      request,
    };
    calls.push(recorded);
    return handler(recorded, calls.length - 1);
  }) as FakeFetch;
  fetch.calls = calls;
  Object.defineProperty(fetch, "requests", { get: () => calls.map((c) => c.request) });
  fetch.apiCalls = () => calls.filter((c) => !c.url.pathname.endsWith("/oauth2/token"));
  fetch.tokenCalls = () => calls.filter((c) => c.url.pathname.endsWith("/oauth2/token"));
  return fetch;
}

/** A fake fetch whose answers are computed from the request alone (default: an empty success). */
export function countingFetch(
  answer: (request: Request) => Response | Promise<Response> = () => success({}),
): FakeFetch {
  return fakeFetch((recorded) => answer(recorded.request.clone()));
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function success(
  data: unknown,
  extra: Record<string, unknown> = {},
  status = 200,
): Response {
  return json(status, { status: "success", data, ...extra });
}

export function apiError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  details?: unknown,
): Response {
  return json(
    status,
    {
      status: "error",
      timestamp: "2026-01-01T00:00:00.000Z",
      path: "/v2/x",
      error: { code, message, ...(details === undefined ? {} : { details }) },
    },
    headers,
  );
}

/** What Node's fetch throws when a connection fails: TypeError("fetch failed") with a coded cause. */
export function connectionFailure(code: string): TypeError {
  const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code });
  return new TypeError("fetch failed", { cause });
}

/** A fetch response that never settles unless the request's signal aborts (as real fetch does). */
export function hangUntilAborted(request: RecordedRequest): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
}

/** A sleep that records each wait and returns at once (still honouring abort). */
export function recordingSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw signal.reason;
    delays.push(ms);
  };
  return { sleep, delays };
}
