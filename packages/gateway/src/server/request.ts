/** A request as the pipeline sees it, whatever carried it (node:http, or the MCP bridge's fetch). */
export interface GatewayRequest {
  method: string;
  /** Path and query, as sent (`/v2/bookings?status=upcoming`). */
  target: string;
  header(name: string): string | undefined;
  /** The body text; undefined when there was none. */
  body: string | undefined;
}

/** Headers that ask a server to treat a request as another method; Cal.com honours none. */
export const METHOD_OVERRIDE_HEADERS = [
  "x-http-method-override",
  "x-http-method",
  "x-method-override",
];
