import { parseEvent, verifySignature } from "@calkit/webhooks";

export async function receive(request: Request, secret: string): Promise<Response> {
  const raw = new Uint8Array(await request.arrayBuffer()); // as received: never re-serialised JSON
  const signature = request.headers.get("x-cal-signature-256");
  if (!(await verifySignature(raw, signature, secret))) return new Response(null, { status: 401 });
  const event = parseEvent(raw); // throws WebhookParseError { field, reason } when malformed
  return Response.json({ received: event.triggerEvent });
}
