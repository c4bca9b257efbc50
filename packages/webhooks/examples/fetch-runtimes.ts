import type { WebhookHandler } from "@calkit/webhooks";
import { Hono } from "hono";

/** `webhooks` is the handler above. */
export function fetchEndpoints(webhooks: WebhookHandler) {
  const worker = { fetch: webhooks.fetch }; // Workers, Bun, Deno: `export default worker`
  const app = new Hono().post("/cal", (c) => webhooks.fetch(c.req.raw)); // Hono
  const POST = (request: Request) => webhooks.fetch(request); // Next.js app router: `export { POST }`
  return { worker, app, POST };
}
