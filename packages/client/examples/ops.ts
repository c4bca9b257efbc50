import { bookingsListAll, createCalRuntime, meGet } from "@calkit/client/ops";

const cal = createCalRuntime({ apiKey: process.env.CAL_API_KEY }); // same options, hooks included
const me = await meGet(cal);
for await (const booking of bookingsListAll(cal, { status: ["upcoming"] }))
  console.log(me.username, booking.uid);
