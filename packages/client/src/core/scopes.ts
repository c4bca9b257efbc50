import { expandScopes, UnknownScopeError } from "@calkit/scopes";
import { CalConfigError, MissingScopeError } from "./errors.js";
import type { OperationMeta } from "./operation.js";

/** Throws MissingScopeError when the token's granted scopes do not allow the operation. */
export type ScopeCheck = (meta: OperationMeta) => void;

/**
 * The check for an OAuth token's granted scopes (`oauth.scopes`), or undefined when the client was not told the granted scopes
 * (API keys carry no scopes and are never refused). Unknown scope names are a CalConfigError.
 */
export function createScopeCheck(granted: readonly string[] | undefined): ScopeCheck | undefined {
  if (granted === undefined) return undefined;
  if (!Array.isArray(granted) || granted.some((s) => typeof s !== "string")) {
    throw new CalConfigError("oauth.scopes must be an array of scope names");
  }
  let held: readonly string[];
  try {
    // Adds what the held scopes imply (ORG_<X> ⇒ TEAM_<X>, from the spec's data).
    held = expandScopes(granted);
  } catch (error) {
    if (error instanceof UnknownScopeError) {
      throw new CalConfigError(`oauth.scopes: ${error.message}`, { cause: error });
    }
    throw error;
  }
  const heldSet = new Set(held);
  return (meta) => {
    if (meta.scopes.length === 0 || meta.scopes.some((s) => heldSet.has(s))) return;
    throw new MissingScopeError({
      operationId: meta.id,
      acceptedScopes: meta.scopes,
      grantedScopes: held,
    });
  };
}
