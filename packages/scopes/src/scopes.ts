/**
 * Who may call what. An API key can call every operation; an OAuth token only those whose scope
 * it holds, where ORG_<X> also grants TEAM_<X> (the spec's implication rules, as data).
 */
import {
  type OperationId,
  type Scope,
  scopeImplications,
  scopeMap,
  scopeNames,
} from "./generated/scope-map.gen.js";
import type { OperationPermission } from "./types.js";

/** A scope name that Cal.com does not define: an error, never silently ignored. */
export class UnknownScopeError extends Error {
  constructor(readonly scopes: readonly string[]) {
    super(
      `Unknown Cal.com OAuth scope${scopes.length > 1 ? "s" : ""}: ${scopes.join(", ")}. Known scopes: ${scopeNames.join(", ")}.`,
    );
    this.name = "UnknownScopeError";
  }
}

/** An operation id that the scope map does not know. */
export class UnknownOperationError extends Error {
  constructor(readonly operationId: string) {
    super(`Unknown Cal.com operation "${operationId}".`);
    this.name = "UnknownOperationError";
  }
}

// Pure, so a bundle that imports nothing of this package drops the scope list too.
const known = /* @__PURE__ */ new Set<string>(scopeNames);

export function isScope(name: string): name is Scope {
  return known.has(name);
}

/** Checks every name; throws UnknownScopeError listing those that do not exist. */
export function assertScopes(names: Iterable<string>): Scope[] {
  const list = [...names];
  const unknown = list.filter((n) => !known.has(n));
  if (unknown.length) throw new UnknownScopeError(unknown);
  return list as Scope[];
}

/** The granted scopes plus every scope they imply (ORG_<X> ⇒ TEAM_<X>), in a stable order. */
export function expandScopes(granted: Iterable<string>): Scope[] {
  const result = new Set<Scope>(assertScopes(granted));
  let grew = true;
  while (grew) {
    grew = false;
    for (const scope of [...result]) {
      for (const rule of scopeImplications) {
        const pattern = new RegExp(rule.pattern);
        if (!pattern.test(scope)) continue;
        const implied = scope.replace(pattern, rule.grants);
        if (isScope(implied) && !result.has(implied)) {
          result.add(implied);
          grew = true;
        }
      }
    }
  }
  return scopeNames.filter((s) => result.has(s));
}

export function permissionOf(id: string): OperationPermission {
  const permission = (scopeMap as Record<string, OperationPermission>)[id];
  if (!permission) throw new UnknownOperationError(id);
  return permission;
}

/** The scope an operation needs, or null when none does. */
export function requiredScope(id: string): Scope | null {
  return permissionOf(id).scope as Scope | null;
}

/** What a caller holds: an API key (everything its account can do) or an OAuth token's scopes. */
export type Grant = { apiKey: true } | { scopes: Iterable<string> };

/** Whether the grant allows the operation (scope-wise; roles are checked by Cal.com). */
export function canCall(id: string, grant: Grant): boolean {
  const permission = permissionOf(id);
  if ("apiKey" in grant) return true;
  // Expand (and so check the names) first: an unknown scope is an error even where none is needed.
  const held = expandScopes(grant.scopes);
  return permission.scope === null || held.includes(permission.scope as Scope);
}

/** The scope an OAuth grant lacks for an operation, or null when it may call it. */
export function missingScope(id: string, scopes: Iterable<string>): Scope | null {
  return canCall(id, { scopes }) ? null : requiredScope(id);
}

export interface OperationFilter {
  resources?: readonly string[];
  access?: "read" | "write";
}

/** Every operation, optionally narrowed to resources and/or an access kind. */
export function listPermissions(filter: OperationFilter = {}): OperationPermission[] {
  const resources = filter.resources ? new Set(filter.resources) : undefined;
  if (resources) {
    const knownResources = new Set<string>(Object.values(scopeMap).map((p) => p.resource));
    const unknown = [...resources].filter((r) => !knownResources.has(r));
    if (unknown.length)
      throw new Error(
        `Unknown resource${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Known: ${[...knownResources].sort().join(", ")}.`,
      );
  }
  return Object.values(scopeMap as Record<string, OperationPermission>).filter(
    (p) =>
      (!resources || resources.has(p.resource)) && (!filter.access || p.access === filter.access),
  );
}

/** The operation ids a grant allows, optionally narrowed further. */
export function allowedOperations(grant: Grant, filter: OperationFilter = {}): OperationId[] {
  return listPermissions(filter)
    .filter((p) => canCall(p.id, grant))
    .map((p) => p.id as OperationId);
}
