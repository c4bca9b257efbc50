// An injectable fetch for executor tests: counts requests and answers with canned responses.
import type { FetchLike } from "@calkit/client";

export interface CountingFetch extends FetchLike {
  readonly requests: Request[];
}

export function countingFetch(
  answer: (request: Request) => Response | Promise<Response> = () => success({}),
): CountingFetch {
  const requests: Request[] = [];
  const fetch = (async (input: Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return answer(request);
  }) as CountingFetch & { requests: Request[] };
  fetch.requests = requests;
  return fetch;
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

export function success(data: unknown, extra: Record<string, unknown> = {}): Response {
  return json(200, { status: "success", data, ...extra });
}

export function apiError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json(
    status,
    {
      status: "error",
      timestamp: "2026-01-01T00:00:00.000Z",
      path: "/v2/x",
      error: { code, message },
    },
    headers,
  );
}

/** What Node's fetch throws when a connection fails: TypeError("fetch failed") with a coded cause. */
export function connectionFailure(code: string): TypeError {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code }),
  });
}
