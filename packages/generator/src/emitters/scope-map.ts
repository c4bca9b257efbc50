/** packages/scopes: the permission model of every operation (scope-map.gen.ts and scope-map.json). */
import type { ApiModel, OperationModel } from "../model";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

export const SCOPES_DIR = "packages/scopes/src/generated";

function permission(op: OperationModel) {
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    resource: op.resource,
    access: op.access,
    scope: op.scopes[0] ?? null,
    auth: op.auth,
    apiVersion: op.apiVersion,
    webhooks: op.webhooks,
    destructive: op.destructive,
    idempotent: op.idempotent,
    role: op.role,
    platform: op.platform,
  };
}

export function emitScopeMap(model: ApiModel, context: GeneratorContext): GeneratedFile[] {
  const scopeNames = Object.keys(model.scopes).sort();
  const descriptions = Object.fromEntries(scopeNames.map((s) => [s, model.scopes[s]]));
  const operations = Object.fromEntries(model.operations.map((op) => [op.id, permission(op)]));
  const ts = [
    'import type { OperationPermission, ScopeImplication } from "../types.js";',
    "",
    "/** Every OAuth scope Cal.com defines for these operations. */",
    `export const scopeNames = ${JSON.stringify(scopeNames, null, 2)} as const;`,
    "",
    "export type Scope = (typeof scopeNames)[number];",
    "",
    "/** What each scope allows, in words. */",
    `export const scopeDescriptions: Readonly<Record<Scope, string>> = ${JSON.stringify(descriptions, null, 2)};`,
    "",
    "/** Scopes that grant others (ORG_<X> grants TEAM_<X>), as data from the spec. */",
    `export const scopeImplications: readonly ScopeImplication[] = ${JSON.stringify(model.scopeImplications, null, 2)};`,
    "",
    "/** The permission model of every operation, keyed by operation id. */",
    `export const scopeMap = ${JSON.stringify(operations, null, 2)} as const satisfies Readonly<Record<string, OperationPermission>>;`,
    "",
    "export type OperationId = keyof typeof scopeMap;",
  ].join("\n");
  const json = { scopes: descriptions, scopeImplications: model.scopeImplications, operations };
  return [
    tsFile(`${SCOPES_DIR}/scope-map.gen.ts`, context, ts),
    { path: "packages/scopes/scope-map.json", content: `${JSON.stringify(json, null, 2)}\n` },
  ];
}
