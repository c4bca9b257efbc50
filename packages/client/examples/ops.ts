import { apiKeyAuth, bookingsListAll, createCalRuntime, meGet } from "@calkit/client/ops";

// Credentials are an import: an app that uses an API key carries no OAuth code.
const cal = createCalRuntime({ auth: apiKeyAuth(process.env.CAL_API_KEY ?? "") });
const me = await meGet(cal);
for await (const booking of bookingsListAll(cal, { status: ["upcoming"] }))
  console.log(me.username, booking.uid);
