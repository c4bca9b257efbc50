/**
 * packages/guard: the audit phrases of every operation (audit.gen.ts) and the published JSON
 * Schema of policy files (policy.schema.json): operation and resource names from the spec,
 * constraints from the guard's registry (the guard builds the same schema at run time).
 */
import { buildPolicySchema } from "@calkit/guard";
import type { ApiModel } from "../model";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

export const GUARD_DIR = "packages/guard/src/generated";

export function emitGuard(model: ApiModel, context: GeneratorContext): GeneratedFile[] {
  const audit = Object.fromEntries(model.operations.map((op) => [op.id, op.xcal.audit]));
  const ts = [
    "/** Plain-English phrases per operation, from the spec's x-cal.audit: what was done, being done, and came of it. */",
    `export const auditPhrases: Readonly<Record<string, { readonly done: string; readonly doing: string; readonly result: string }>> = ${JSON.stringify(audit, null, 2)};`,
  ].join("\n");
  return [
    tsFile(`${GUARD_DIR}/audit.gen.ts`, context, ts),
    {
      path: "packages/guard/policy.schema.json",
      content: `${JSON.stringify(buildPolicySchema(model.operations), null, 2)}\n`,
    },
  ];
}
