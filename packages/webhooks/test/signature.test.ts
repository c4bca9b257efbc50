/**
 * Signature verification against HMAC-SHA256 computed independently with node:crypto, for text
 * and byte bodies, through Web Crypto and through the synchronous Node variant.
 */
import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  NO_SECRET_PROVIDED,
  signPayload,
  signPayloadSync,
  verifySignature,
  verifySignatureSync,
} from "../src/index.js";

const SECRET = "9f2c4e7a1b8d3f6e5a0c2b4d6e8f1a3c";
const BODY = JSON.stringify({
  triggerEvent: "BOOKING_CREATED",
  createdAt: "2026-11-20T10:12:46.204Z",
  payload: { title: "Café ☕ with Grace" },
});
const expected = (body: string | Uint8Array, secret = SECRET) =>
  createHmac("sha256", secret).update(body).digest("hex");

const variants = [
  ["verifySignature (Web Crypto)", verifySignature],
  [
    "verifySignatureSync (node:crypto)",
    async (...args: Parameters<typeof verifySignatureSync>) => verifySignatureSync(...args),
  ],
] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("signPayload", () => {
  it("is the lowercase hex HMAC-SHA256 of the UTF-8 body", async () => {
    const signature = await signPayload(BODY, SECRET);
    expect(signature).toBe(expected(BODY));
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signPayloadSync(BODY, SECRET)).toBe(signature);
  });

  it("matches RFC 4231 test case 2", async () => {
    const rfc = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    expect(await signPayload("what do ya want for nothing?", "Jefe")).toBe(rfc);
    expect(signPayloadSync("what do ya want for nothing?", "Jefe")).toBe(rfc);
  });

  it("signs bytes and their UTF-8 text identically", async () => {
    const bytes = new TextEncoder().encode(BODY);
    expect(await signPayload(bytes, SECRET)).toBe(expected(BODY));
    expect(signPayloadSync(bytes, SECRET)).toBe(expected(BODY));
  });
});

describe.each(variants)("%s", (_name, verify) => {
  const good = expected(BODY);

  it("accepts the signature of the exact body, as text or bytes", async () => {
    expect(await verify(BODY, good, SECRET)).toBe(true);
    expect(await verify(new TextEncoder().encode(BODY), good, SECRET)).toBe(true);
    // A view into a larger buffer (as Node's pooled Buffers are) hashes only its own bytes.
    const padded = new TextEncoder().encode(`xx${BODY}yy`);
    expect(await verify(padded.subarray(2, padded.length - 2), good, SECRET)).toBe(true);
  });

  it("tolerates surrounding whitespace in the header", async () => {
    expect(await verify(BODY, ` ${good} `, SECRET)).toBe(true);
  });

  it("rejects a tampered body, even re-serialised equal JSON", async () => {
    expect(await verify(BODY.replace("Grace", "Grac3"), good, SECRET)).toBe(false);
    expect(await verify(`${BODY} `, good, SECRET)).toBe(false);
    expect(await verify(JSON.stringify(JSON.parse(BODY), null, 2), good, SECRET)).toBe(false);
  });

  it("rejects the signature made with another secret", async () => {
    expect(await verify(BODY, expected(BODY, "another-secret"), SECRET)).toBe(false);
  });

  it.each([
    ["a missing header", undefined],
    ["a null header", null],
    ["an empty header", ""],
    ["no-secret-provided", NO_SECRET_PROVIDED],
    ["63 hex digits", good.slice(0, 63)],
    ["65 hex digits", `${good}0`],
    ["non-hex characters", `${good.slice(0, 63)}g`],
    ["upper-case hex", good.toUpperCase()],
    ["a sha256= prefix", `sha256=${good}`],
  ])("rejects %s", async (_case, header) => {
    expect(await verify(BODY, header, SECRET)).toBe(false);
  });

  it("rejects a signature that differs in its first or its last digit", async () => {
    const flip = (c: string) => (c === "0" ? "1" : "0");
    expect(await verify(BODY, `${flip(good[0] as string)}${good.slice(1)}`, SECRET)).toBe(false);
    expect(await verify(BODY, `${good.slice(0, 63)}${flip(good[63] as string)}`, SECRET)).toBe(
      false,
    );
  });

  it("refuses an empty secret without echoing anything secret", async () => {
    await expect(async () => verify(BODY, good, "")).rejects.toThrow(/non-empty string/);
  });
});

describe("constant-time comparison", () => {
  it("verifySignature compares with Web Crypto's HMAC verify, on the decoded digest", async () => {
    const spy = vi.spyOn(globalThis.crypto.subtle, "verify");
    const good = expected(BODY);
    expect(await verifySignature(BODY, good, SECRET)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    const [algorithm, , signature] = spy.mock.calls[0] ?? [];
    expect(algorithm).toBe("HMAC");
    expect(Buffer.from(signature as Uint8Array).toString("hex")).toBe(good);
  });

  it("verifySignatureSync compares with crypto.timingSafeEqual", () => {
    const crypto = process.getBuiltinModule("node:crypto");
    const spy = vi.spyOn(crypto, "timingSafeEqual");
    expect(verifySignatureSync(BODY, expected(BODY), SECRET)).toBe(true);
    expect(verifySignatureSync(BODY, expected(BODY, "other"), SECRET)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("never reaches the comparison for malformed headers", async () => {
    const spy = vi.spyOn(globalThis.crypto.subtle, "verify");
    expect(await verifySignature(BODY, NO_SECRET_PROVIDED, SECRET)).toBe(false);
    expect(await verifySignature(BODY, "abc", SECRET)).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });
});
