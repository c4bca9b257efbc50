/**
 * Builds a real HTTP request for an operation from the spec alone: path and query values from the
 * parameters' examples, the body from the request example, the version header from x-cal.
 */
import type { SpecOperation } from "../src/index";

type Json = Record<string, unknown>;

function serializeQuery(
  name: string,
  value: unknown,
  style: string | undefined,
  out: URLSearchParams,
): void {
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) {
    out.append(name, value.join(",")); // style form, explode false
  } else if (typeof value === "object" && value !== null && style === "deepObject") {
    const walk = (prefix: string, v: unknown) => {
      if (typeof v === "object" && v !== null)
        for (const [k, inner] of Object.entries(v)) walk(`${prefix}[${k}]`, inner);
      else out.append(prefix, String(v));
    };
    walk(name, value);
  } else {
    out.append(name, String(value));
  }
}

export function requestFromSpec(
  baseUrl: string,
  entry: SpecOperation,
  token = "cal_test_contract_key",
): Request {
  const op = entry.operation;
  let path = entry.path;
  const query = new URLSearchParams();
  const headers = new Headers({
    accept: "application/json",
    "cal-api-version": entry.meta.apiVersion,
  });
  for (const p of (op.parameters ?? []) as Json[]) {
    if (p.in === "path")
      path = path.replace(`{${String(p.name)}}`, encodeURIComponent(String(p.example)));
    // A deprecated parameter is left out: Cal.com has a replacement, and Prism warns about it.
    else if (p.in === "query" && "example" in p && p.deprecated !== true)
      serializeQuery(String(p.name), p.example, p.style as string | undefined, query);
  }
  if (entry.meta.auth !== "none") headers.set("authorization", `Bearer ${token}`);
  const media = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.[
    "application/json"
  ] as Json | undefined;
  const example = (media?.examples as Record<string, { value: unknown }> | undefined)?.example
    ?.value;
  let body: string | undefined;
  if (media) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(example ?? {});
  }
  const qs = query.toString();
  return new Request(`${baseUrl}${path}${qs ? `?${qs}` : ""}`, {
    method: entry.method.toUpperCase(),
    headers,
    body,
  });
}

/** The JSON pointer of an operation's success response schema. */
export function successSchemaPointer(entry: SpecOperation): { status: string; pointer: string } {
  const responses = entry.operation.responses as Record<string, unknown>;
  const status = Object.keys(responses).find((s) => s.startsWith("2")) as string;
  const path = entry.path.replace(/~/g, "~0").replace(/\//g, "~1");
  return {
    status,
    pointer: `/paths/${path}/${entry.method}/responses/${status}/content/application~1json/schema`,
  };
}
