/**
 * Tool selection: only the tools a caller may use, so a model never sees (or tries) one its
 * credentials cannot call. Scope rules come from @calkit/scopes.
 */
import { canCall, expandScopes } from "@calkit/scopes";
import { toolDefinitions } from "./generated/definitions.gen.js";
import { closestNames } from "./suggest.js";
import type { ToolDefinition } from "./types.js";

/** Who is calling: an OAuth token's granted scopes, an API key, or (neither) no credentials. */
export type ToolGrant =
  | { readonly scopes?: readonly string[]; readonly apiKey?: undefined }
  | { readonly apiKey: true; readonly scopes?: undefined };

export type SelectToolsOptions = ToolGrant & {
  /** Only these endpoint families: bookings, eventTypes, slots, schedules, calendars, me, teams, webhooks, orgUsers. */
  readonly resources?: readonly string[];
  /** Only reads, or only writes. */
  readonly access?: "read" | "write";
  /** Only these tools, by operation id (`bookings.list`) or tool name (`cal_bookings_list`). */
  readonly ids?: readonly string[];
};

/** Bad selection options: an unknown resource, tool id or access kind. */
export class ToolSelectionError extends Error {
  override readonly name = "ToolSelectionError";
}

/**
 * The tool definitions the caller may use, in the generated order:
 * - `{ apiKey: true }`: every tool (an API key has its account's full access);
 * - `{ scopes }`: the tools whose scope the OAuth token holds (ORG_<X> ⇒ TEAM_<X>), plus those
 *   needing no scope; an unknown scope throws UnknownScopeError;
 * - neither: no credentials, only the tools whose auth is none or optional (slots, public booking).
 * `resources`, `access` and `ids` narrow the result further (an allowed-but-filtered tool is simply
 * left out); an unknown resource or id throws ToolSelectionError.
 */
export function selectTools(options: SelectToolsOptions = {}): ToolDefinition[] {
  const all = toolDefinitions;
  const { scopes, apiKey, resources, access, ids } = options as {
    scopes?: readonly string[];
    apiKey?: boolean;
    resources?: readonly string[];
    access?: string;
    ids?: readonly string[];
  };
  if (apiKey !== undefined && scopes !== undefined) {
    throw new ToolSelectionError("Pass either `apiKey: true` or `scopes`, not both.");
  }
  if (apiKey !== undefined && apiKey !== true) {
    throw new ToolSelectionError("`apiKey` must be `true` (or left out).");
  }
  if (scopes !== undefined && !Array.isArray(scopes)) {
    throw new ToolSelectionError("`scopes` must be an array of OAuth scope names.");
  }
  if (access !== undefined && access !== "read" && access !== "write") {
    throw new ToolSelectionError(
      `\`access\` must be "read" or "write"; got ${JSON.stringify(access)}.`,
    );
  }
  // Throws UnknownScopeError for a name Cal.com does not define, even if no tool would need it.
  const granted = scopes === undefined ? undefined : expandScopes(scopes);

  const resourceSet = resources === undefined ? undefined : checkResources(resources, all);
  const idSet = ids === undefined ? undefined : checkIds(ids, all);

  return all.filter((tool) => {
    if (resourceSet && !resourceSet.has(tool.resource)) return false;
    if (access && tool.access !== access) return false;
    if (idSet && !idSet.has(tool.name)) return false;
    if (apiKey) return true;
    if (granted) return canCall(tool.operationId, { scopes: granted });
    return tool.auth !== "required";
  });
}

function checkResources(resources: readonly string[], all: readonly ToolDefinition[]): Set<string> {
  if (!Array.isArray(resources))
    throw new ToolSelectionError("`resources` must be an array of resource names.");
  const known = [...new Set(all.map((t) => t.resource))].sort();
  const unknown = resources.filter((r) => !known.includes(r));
  if (unknown.length) {
    const hints = unknown.map((r) => {
      const close = closestNames(String(r), known, 1);
      return close.length
        ? `${JSON.stringify(r)} (did you mean "${close[0]}"?)`
        : JSON.stringify(r);
    });
    throw new ToolSelectionError(
      `Unknown resource${unknown.length > 1 ? "s" : ""} ${hints.join(", ")}. Known resources: ${known.join(", ")}.`,
    );
  }
  return new Set(resources);
}

/** Operation ids or tool names → tool names. */
function checkIds(ids: readonly string[], all: readonly ToolDefinition[]): Set<string> {
  if (!Array.isArray(ids))
    throw new ToolSelectionError("`ids` must be an array of operation ids or tool names.");
  const names = new Set<string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const tool = all.find((t) => t.operationId === id || t.name === id);
    if (tool) names.add(tool.name);
    else unknown.push(String(id));
  }
  if (unknown.length) {
    const hints = unknown.map((id) => {
      const close = closestNames(
        id,
        all.map((t) => t.operationId),
        2,
      );
      return close.length
        ? `"${id}" (did you mean ${close.map((c) => `"${c}"`).join(" or ")}?)`
        : `"${id}"`;
    });
    throw new ToolSelectionError(
      `Unknown operation id${unknown.length > 1 ? "s" : ""} or tool name${unknown.length > 1 ? "s" : ""}: ${hints.join(", ")}. Use ids like "bookings.list" or names like "cal_bookings_list".`,
    );
  }
  return names;
}
