/**
 * `cal.raw`: an openapi-fetch client with the base URL, fetch, `Accept` and the client's query
 * style set, for anything unusual. It adds no credentials, version header, hooks or retries.
 */
import createClient, { type Client } from "openapi-fetch";
import type { ResolvedOptions } from "./options.js";
import { serializeQuery } from "./query.js";

// biome-ignore lint/suspicious/noExplicitAny: the client re-types it with the spec's paths.
export function createRawClient(resolved: ResolvedOptions): Client<any> {
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  return createClient<any>({
    baseUrl: resolved.baseUrl,
    fetch: resolved.fetch,
    querySerializer: serializeQuery,
    headers: { accept: "application/json", ...resolved.headers },
  });
}
