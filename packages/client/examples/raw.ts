import type { CalClient } from "@calkit/client";

export async function rawMe(cal: CalClient, apiKey: string) {
  const { data, error } = await cal.raw.GET("/v2/me", {
    params: { header: { "cal-api-version": "2024-08-13" } },
    headers: { authorization: `Bearer ${apiKey}` },
  });
  return data ?? error;
}
