/**
 * @google/genai's MCP bridge (`mcpToTool(client)`) on the calkit server, with Gemini faked by an
 * injected fetch: generateContent's automatic function calling reaches Cal.com through the server
 * and sends the result back as a functionResponse. The bridge sends each tool's `outputSchema` as
 * `responseJsonSchema`; with `outputSchemas: false` (`calkit-mcp --no-output-schemas`) the request
 * is less than half the size.
 */
import { GoogleGenAI, mcpToTool } from "@google/genai";
import { describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import { fakeProvider } from "../../tools/test/sdk/fake-provider";
import { geminiReply as reply } from "../../tools/test/sdk/replies";
import type { CalCredential } from "../src/index.js";
import { API_KEY, connectInMemory } from "./helpers";

const credential: CalCredential = { kind: "apiKey", apiKey: API_KEY };
const BOOKING = { uid: "bk_gemini_1", title: "Intro call" };

async function roundTrip(outputSchemas: boolean) {
  const calFetch = countingFetch(() => success(BOOKING));
  const client = await connectInMemory({
    credential,
    baseUrl: "https://cal.test",
    outputSchemas,
    client: { fetch: calFetch },
  });
  const provider = fakeProvider([
    reply([{ functionCall: { name: "cal_bookings_get", args: { bookingUid: BOOKING.uid } } }]),
    reply([{ text: "Your intro call is confirmed." }]),
  ]);
  const ai = new GoogleGenAI({ apiKey: "gemini-test", httpOptions: { fetch: provider.fetch } });
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: "Show booking bk_gemini_1",
    config: { tools: [mcpToTool(client)] },
  });
  await client.close();
  return { response, provider, calFetch };
}

describe("@google/genai mcpToTool on calkit-mcp", () => {
  it("declares the 41 tools and carries a call to Cal.com and back", async () => {
    const { response, provider, calFetch } = await roundTrip(false);
    const [tool] = (provider.bodies[0]?.tools ?? []) as { functionDeclarations: unknown[] }[];
    expect(tool?.functionDeclarations).toHaveLength(41);
    expect(calFetch.requests.map((r) => new URL(r.url).pathname)).toEqual([
      `/v2/bookings/${BOOKING.uid}`,
    ]);
    expect(JSON.stringify(provider.bodies[1])).toContain(BOOKING.title);
    expect(response.text).toBe("Your intro call is confirmed.");
  });

  it("without output schemas the request has no responseJsonSchema and is less than half the size", async () => {
    const full = JSON.stringify((await roundTrip(true)).provider.bodies[0]);
    const lean = JSON.stringify((await roundTrip(false)).provider.bodies[0]);
    expect(full).toContain("responseJsonSchema");
    expect(lean).not.toContain("responseJsonSchema");
    expect(lean.length).toBeLessThan(full.length / 2);
  });
});
