import { createCalClient } from "@calkit/client";

const cal = createCalClient({ apiKey: process.env.CAL_API_KEY });

const me = await cal.me.get();
const slots = await cal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
const booking = await cal.bookings.create({
  eventTypeId: 42,
  start: "2026-12-01T15:00:00Z",
  attendee: {
    name: "Grace Hopper",
    email: "grace@example.com",
    timeZone: "America/New_York",
    language: "en",
  },
});
// A recurring event type books a whole series: then the result is an array of bookings.
const uid = Array.isArray(booking) ? booking[0]?.uid : booking.uid;
console.log(me.username, slots, uid);
