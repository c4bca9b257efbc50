/**
 * Cal.com signs each delivery with HMAC-SHA256 of the exact body bytes, keyed with the
 * subscription's secret, and sends it as lowercase hex in `X-Cal-Signature-256` (no prefix, no
 * timestamp). A subscription without a secret sends the literal `no-secret-provided`, which proves
 * nothing and never verifies here.
 *
 * `verifySignature` / `signPayload` use Web Crypto (`globalThis.crypto.subtle`): Node 20+, Deno,
 * Bun, Cloudflare Workers, Vercel Edge, browsers. The `…Sync` variants use Node's `crypto`, for
 * synchronous hooks such as Express's `express.json({ verify })`.
 * Secrets never appear in errors.
 */
import { bufferSource, fromHex, toBytes, toHex } from "./bytes.js";

/** Header carrying the signature (HTTP header names are case-insensitive). */
export const SIGNATURE_HEADER = "X-Cal-Signature-256";
/** Header naming the payload version, e.g. `2021-10-20`; absent from older deliveries. */
export const VERSION_HEADER = "X-Cal-Webhook-Version";
/** What Cal.com sends instead of a signature when the subscription has no secret. */
export const NO_SECRET_PROVIDED = "no-secret-provided";

const SIGNATURE = /^[0-9a-f]{64}$/;

function checkSecret(secret: unknown, caller: string): asserts secret is string {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new TypeError(`${caller} needs the subscription's secret as a non-empty string.`);
  }
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) {
    throw new Error(
      "Web Crypto (globalThis.crypto.subtle) is not available in this runtime; on Node use verifySignatureSync.",
    );
  }
  return crypto.subtle;
}

async function hmacKey(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  return subtle().importKey(
    "raw",
    bufferSource(toBytes(secret)),
    { name: "HMAC", hash: "SHA-256" },
    false,
    [usage],
  );
}

/**
 * Whether `signatureHeader` is the HMAC-SHA256 of `rawBody` under `secret`. `rawBody` must be the
 * bytes exactly as received (a string is taken as UTF-8): re-serialised JSON does not verify.
 * False for a missing header, `no-secret-provided`, anything but 64 lowercase hex digits, and a
 * mismatch. The comparison is Web Crypto's own HMAC verification, which runs in constant time.
 */
export async function verifySignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): Promise<boolean> {
  checkSecret(secret, "verifySignature");
  if (typeof signatureHeader !== "string") return false;
  const signature = signatureHeader.trim();
  if (!SIGNATURE.test(signature)) return false;
  const key = await hmacKey(secret, "verify");
  return subtle().verify("HMAC", key, fromHex(signature), bufferSource(toBytes(rawBody)));
}

/** The `X-Cal-Signature-256` value Cal.com would send for `rawBody` under `secret` (for tests and tools). */
export async function signPayload(rawBody: string | Uint8Array, secret: string): Promise<string> {
  checkSecret(secret, "signPayload");
  const key = await hmacKey(secret, "sign");
  return toHex(await subtle().sign("HMAC", key, bufferSource(toBytes(rawBody))));
}

interface NodeCrypto {
  createHmac(
    algorithm: string,
    key: Uint8Array,
  ): { update(data: Uint8Array): { digest(): Uint8Array } };
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

function nodeCrypto(): NodeCrypto {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const crypto = process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
  if (!crypto)
    throw new Error(
      "Node's crypto module is not available in this runtime; use the async verifySignature (Web Crypto).",
    );
  return crypto;
}

function hmacSync(rawBody: string | Uint8Array, secret: string): Uint8Array {
  return nodeCrypto().createHmac("sha256", toBytes(secret)).update(toBytes(rawBody)).digest();
}

/** verifySignature for synchronous code on Node (≥ 20.16); compares with crypto.timingSafeEqual. */
export function verifySignatureSync(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): boolean {
  checkSecret(secret, "verifySignatureSync");
  if (typeof signatureHeader !== "string") return false;
  const signature = signatureHeader.trim();
  if (!SIGNATURE.test(signature)) return false;
  return nodeCrypto().timingSafeEqual(hmacSync(rawBody, secret), fromHex(signature));
}

/** signPayload for synchronous code on Node. */
export function signPayloadSync(rawBody: string | Uint8Array, secret: string): string {
  checkSecret(secret, "signPayloadSync");
  return toHex(hmacSync(rawBody, secret));
}
