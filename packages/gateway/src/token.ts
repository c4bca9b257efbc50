/**
 * Agent tokens: `ckgw_<token id>_<secret>`, where the secret is 32 random bytes (256 bits) in
 * base64url. The prefix lets secret scanners recognise a leaked token; the token id is public (it
 * names the token in lists, logs and audit records) and finds the agent; only a sha256 of the
 * whole token is stored, and it is compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const TOKEN_PREFIX = "ckgw_";
const TOKEN_SHAPE = /^ckgw_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewToken {
  token: string;
  tokenId: string;
  hash: string;
}

export function createToken(): NewToken {
  const tokenId = randomBytes(8).toString("hex").slice(0, 12);
  const token = `${TOKEN_PREFIX}${tokenId}_${randomBytes(32).toString("base64url")}`;
  return { token, tokenId, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token id of a well-formed token, or undefined (nothing is looked up for a malformed one). */
export function tokenIdOf(token: string): string | undefined {
  return TOKEN_SHAPE.exec(token)?.[1];
}

/** Whether `token` hashes to `storedHash`, in time that does not depend on where they differ. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
