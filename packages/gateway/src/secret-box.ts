/**
 * Encryption at rest for the few secrets the gateway stores (refreshed OAuth tokens): AES-256-GCM
 * with a key derived (scrypt) from `CALKIT_GATEWAY_SECRET`. A sealed value is
 * `v1.<iv>.<tag>.<ciphertext>` in base64url; opening it with another key, or after any change to
 * it, fails instead of returning garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";

export const MIN_SECRET_LENGTH = 32;

export interface SecretBox {
  seal(plaintext: string): string;
  /** Throws when the value was altered or sealed with another key. */
  open(sealed: string): string;
}

export function createSecretBox(secret: string): SecretBox {
  const key = scryptSync(secret, "calkit-gateway secrets v1", 32);
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || data === undefined)
        throw new Error("not a sealed value");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([
        decipher.update(Buffer.from(data, "base64url")),
        decipher.final(),
      ]).toString("utf8");
    },
  };
}
