import type { CalClient } from "@calkit/client";

export async function printUpcoming(cal: CalClient) {
  for await (const booking of cal.bookings.list.all({ status: ["upcoming"], take: 50 })) {
    console.log(booking.uid, booking.start);
    if (booking.start > "2027-01-01") break; // once you leave the loop, no more pages are fetched
  }
}
