/**
 * DNS rebinding defence for a server on a loopback address: a web page on an attacker's domain can
 * make a browser send requests to 127.0.0.1 under the attacker's host name (`Host:
 * 127.0.0.1.evil.example`), and they would carry the server's own credential. Only literal
 * loopback addresses count as local — IPv4 127.0.0.0/8 written as an address, `localhost`, `[::1]`
 * — with the server's own port, in `Host` and in `Origin` alike. Names are never resolved.
 */
import { isIPv4 } from "node:net";

/** Whether `hostname` (as WHATWG URL parsing gives it) is a literal loopback address. */
export function isLoopbackHostname(hostname: string): boolean {
  const bare =
    hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  if (bare === "localhost" || bare === "::1") return true;
  return isIPv4(bare) && bare.startsWith("127.");
}

/** Whether `url` is exactly `http://<loopback address>:<port>` (nothing else in it). */
function isLocalAuthority(url: URL, port: number): boolean {
  if (url.protocol !== "http:" || url.username || url.password) return false;
  if (url.pathname !== "/" || url.search || url.hash) return false;
  return isLoopbackHostname(url.hostname) && Number(url.port || 80) === port;
}

/**
 * Whether a request to a server listening on loopback `port` is addressed to it locally: `Host` is
 * a loopback address with that port, and `Origin`, when sent, is `http://` + the same.
 * An `Origin: null` (sandboxed pages, file URLs) is refused.
 */
export function isLocalRequest(
  hostHeader: string | undefined,
  originHeader: string | undefined,
  port: number,
): boolean {
  if (!hostHeader) return false;
  const host = parseUrl(`http://${hostHeader}`);
  if (!host || !isLocalAuthority(host, port)) return false;
  if (originHeader === undefined) return true;
  const origin = parseUrl(originHeader);
  return origin !== undefined && isLocalAuthority(origin, port);
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
