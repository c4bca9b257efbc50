/**
 * Agent policies: for each resource `off`, `read`, `ask` or `full`, per-operation overrides, and
 * scheduling constraints. `ask` holds a call until a person approves it. Deny by default: no policy, an unknown operation, or a resource left
 * out means no.
 */
import { readFileSync } from "node:fs";
import { operations } from "@calkit/client";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";
import type { PolicyConstraints } from "./constraints.js";
import type { PolicyLimits } from "./limits.js";
import { buildPolicySchema } from "./policy-schema.js";

export type AccessLevel = "off" | "read" | "ask" | "full";

/** A per-operation override: allowed, denied, or held until a person approves it. */
export type OperationRule = "allow" | "deny" | "ask";

export type { PolicyConstraints } from "./constraints.js";

export interface AgentPolicy {
  description?: string;
  resources?: Partial<Record<string, AccessLevel>>;
  operations?: Partial<Record<string, OperationRule>>;
  constraints?: PolicyConstraints;
  limits?: PolicyLimits;
}

export interface PolicyFile {
  version: 1;
  agents: Record<string, AgentPolicy>;
}

/** A policy file that cannot be used: where (JSON pointer or file) and why. Never opens access. */
export class PolicyFileError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join("\n")}` : message);
    this.name = "PolicyFileError";
  }
}

/** The JSON Schema of policy files (published as `@calkit/guard/policy.schema.json`). */
export const policySchema = buildPolicySchema(Object.values(operations));
let compiled: ValidateFunction | undefined;
/** Compiled on first use: importing the guard (the generator does) costs no schema compile. */
const validate = (value: unknown): boolean => {
  compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(policySchema);
  return compiled(value);
};

/** Validates a parsed policy document; throws PolicyFileError naming each bad value by its path. */
export function parsePolicy(value: unknown, source = "policy"): PolicyFile {
  if (validate(value)) return value as unknown as PolicyFile;
  const problems = (compiled?.errors ?? []).map((e) => {
    const at = e.instancePath || "/";
    const extra =
      e.keyword === "additionalProperties"
        ? `: "${String((e.params as { additionalProperty: string }).additionalProperty)}" is not allowed`
        : e.keyword === "enum"
          ? `: expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
          : "";
    return `${at} ${e.message}${extra}`;
  });
  throw new PolicyFileError(`${source} is not a valid calkit policy:`, problems);
}

/** Reads a policy file (JSON or YAML); any problem is a PolicyFileError, never a default policy. */
export function loadPolicy(path: string): PolicyFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PolicyFileError(
      `Cannot read the policy file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let value: unknown;
  try {
    value = /\.json$/i.test(path) ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new PolicyFileError(
      `The policy file ${path} does not parse: ${(error as Error).message}`,
    );
  }
  return parsePolicy(value, path);
}
