/**
 * A fetch that answers from the gateway's own `/v2` pipeline, in process: the MCP tools' Cal.com
 * client is pointed at it, so a tool call is the very same request an agent could send to `/v2`
 * (same token check, validation, decision, idempotency and audit record), and nothing the MCP side
 * does reaches Cal.com another way.
 */
import type { FetchLike } from "@calkit/client";
import type { Handled } from "./pipeline.js";
import type { GatewayRequest } from "./request.js";

export const BRIDGE_BASE_URL = "http://calkit-gateway.internal";

export function createBridgeFetch(
  handle: (request: GatewayRequest) => Promise<Handled>,
): FetchLike {
  return async (input, init) => {
    const request = init ? new Request(input, init) : input;
    const url = new URL(request.url);
    const body = request.body ? await request.text() : undefined;
    const handled = await handle({
      method: request.method,
      target: `${url.pathname}${url.search}`,
      header: (name) => request.headers.get(name) ?? undefined,
      body: body === "" ? undefined : body,
    });
    const { answer } = handled;
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
}
