/**
 * For README examples written as an app writes them (`createCalClient({ apiKey })`, no `fetch`
 * option): the default `fetch` is replaced for the test by one that sends every request for
 * Cal.com (https://api.cal.com) to the Prism mock instead, and records what went out. Examples
 * that take a client or a `fetch` get theirs injected instead.
 */
import { vi } from "vitest";

export interface CalNetwork {
  /** Method and path of each request that reached the mock, in order. */
  readonly sent: string[];
  restore(): void;
}

export function routeCalToMock(baseUrl: string): CalNetwork {
  const sent: string[] = [];
  const realFetch = globalThis.fetch;
  const mock = new URL(baseUrl);
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== "https://api.cal.com") return realFetch(request);
    url.protocol = mock.protocol;
    url.host = mock.host;
    sent.push(`${request.method} ${url.pathname}`);
    return realFetch(new Request(url, request));
  });
  return { sent, restore: () => vi.unstubAllGlobals() };
}
