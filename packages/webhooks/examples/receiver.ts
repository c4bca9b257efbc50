import { createServer } from "node:http";
import { createWebhookHandler, describeEvent, memoryDeduplicator } from "@calkit/webhooks";

const secret = process.env.CAL_WEBHOOK_SECRET;
if (!secret) throw new Error("set CAL_WEBHOOK_SECRET to the subscription's secret");

export const webhooks = createWebhookHandler({ secret, ...memoryDeduplicator() })
  .on("BOOKING_CREATED", ({ payload }) => {
    console.log(`${payload.attendees[0]?.name} booked ${payload.type} at ${payload.startTime}`);
  })
  .on("BOOKING_CANCELLED", ({ payload }) => {
    console.log(`${payload.uid} cancelled: ${payload.cancellationReason ?? "no reason given"}`);
  })
  .onAny((event) => console.log(describeEvent(event)));

export const server = createServer(webhooks.node).listen(Number(process.env.PORT ?? 3000));
