/**
 * One attempt's HTTP request, built without a library (the client's own rules are few: the path
 * template with percent-encoded ids, Cal.com's query style, a JSON body), and its answer read the
 * way the runtime needs it. Keeping openapi-fetch off this path is what lets an app that calls one
 * operation leave it out of its bundle (`cal.raw` still is openapi-fetch).
 */
import type { FetchLike } from "./options.js";
import { serializeQuery } from "./query.js";
import { raceAbort } from "./timeout.js";

export interface RequestParts {
  readonly method: string;
  /** Base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Path template: `/v2/bookings/{bookingUid}`. */
  readonly template: string;
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** The JSON body, or undefined for none. */
  readonly body: unknown;
  /** Lowest priority first: later sets replace earlier ones (header names are case-insensitive). */
  readonly headers: readonly Readonly<Record<string, string>>[];
  readonly signal: AbortSignal;
}

/** What one attempt sends: the URL and the init that `fetch(url, init)` takes. */
export interface BuiltRequest {
  readonly url: string;
  readonly init: RequestInit & { readonly headers: Headers; readonly signal: AbortSignal };
}

export function buildRequest(parts: RequestParts): BuiltRequest {
  const pathname = parts.template.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(parts.path[name])),
  );
  const search = serializeQuery(parts.query as Record<string, unknown>);
  const body = parts.body === undefined ? undefined : JSON.stringify(parts.body);
  const headers = new Headers(body === undefined ? {} : { "content-type": "application/json" });
  for (const set of parts.headers)
    for (const [name, value] of Object.entries(set)) headers.set(name, value);
  return {
    url: `${parts.baseUrl}${pathname}${search ? `?${search}` : ""}`,
    init: {
      method: parts.method.toUpperCase(),
      headers,
      body,
      signal: parts.signal,
      redirect: "follow",
    },
  };
}

/** Sends one request given as `fetch(url, init)` takes it; settles or rejects by its signal. */
export type Send = (
  url: string,
  init: RequestInit & { readonly signal: AbortSignal },
) => Promise<Response>;

/**
 * An injected fetch receives a Request, as documented, and is raced against the signal in case it
 * ignores it. The global fetch takes the URL and init as they are and honours the signal itself:
 * handing it a Request would make undici build a second one and link a second abort signal into
 * it (about 13 µs a call on loopback, most of the client's overhead over openapi-fetch).
 */
export function createSend(injected: FetchLike | undefined): Send {
  if (!injected) return (url, init) => globalThis.fetch(url, init);
  return (url, init) => raceAbort(injected(new Request(url, init)), init.signal);
}

export interface Answer {
  /** A success's body as text (undefined when empty). */
  readonly text: string | undefined;
  /** An error's body: parsed JSON, or its text (undefined when empty). */
  readonly errorBody: unknown;
}

/** Reads the body once: empty answers (204, or a zero length) have none. */
export async function readAnswer(response: Response): Promise<Answer> {
  const empty =
    response.status === 204 ||
    (response.headers.get("content-length") === "0" &&
      !response.headers.get("transfer-encoding")?.includes("chunked"));
  if (empty) return { text: undefined, errorBody: undefined };
  const text = await response.text();
  if (response.ok) return { text, errorBody: undefined };
  try {
    return { text: undefined, errorBody: JSON.parse(text) };
  } catch {
    return { text: undefined, errorBody: text };
  }
}
