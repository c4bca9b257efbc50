/**
 * Whether two secrets are equal, in time that depends on neither (both are hashed first, so their
 * lengths and the place they differ stay hidden).
 */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text).digest();

export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}
