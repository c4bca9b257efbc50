/**
 * A model provider's HTTP API, faked for the real SDKs: an injected `fetch` that records each
 * request's JSON body and answers with the next scripted JSON reply (a tool call, then a final
 * text). The Cal.com side is `test/support/fake-fetch.ts`.
 */
import { createCalClient } from "@calkit/client";
import { countingFetch, success } from "../../../../test/support/fake-fetch.js";

export interface FakeProvider {
  fetch: typeof fetch;
  /** The parsed JSON body of every request the SDK sent, in order. */
  readonly bodies: Record<string, unknown>[];
  readonly urls: string[];
}

export function fakeProvider(replies: readonly unknown[]): FakeProvider {
  const bodies: Record<string, unknown>[] = [];
  const urls: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    urls.push(request.url);
    bodies.push((await request.json()) as Record<string, unknown>);
    const reply = replies[bodies.length - 1];
    if (reply === undefined) return new Response("no more scripted replies", { status: 500 });
    return new Response(JSON.stringify(reply), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch, bodies, urls };
}

/** A booking as Cal.com answers `GET /v2/bookings/{uid}` (only what the tests read). */
export const BOOKING = { uid: "bk_round_trip_1", title: "Intro call", status: "accepted" };

/** A Cal.com client over a fake `fetch` that answers every request with `data`. */
export function fakeCal(data: unknown = BOOKING) {
  const calFetch = countingFetch(() => success(data));
  const cal = createCalClient({
    apiKey: "cal_live_secret_never_logged",
    baseUrl: "https://cal.test",
    fetch: calFetch,
  });
  return { cal, calFetch };
}
