/**
 * An agent's policy from a policy file in @calkit/guard's format (`version: 1`, `agents: {…}`):
 * the entry under the agent's name. The file is validated by the guard's own loader.
 */
import { type AgentPolicy, loadPolicy, type PolicyFile } from "@calkit/guard";

/** Agent names as the policy schema allows them (they are keys of `agents`). */
export const AGENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class AgentNameError extends Error {
  override readonly name = "AgentNameError";
}

export function checkAgentName(name: string | undefined): string {
  if (name === undefined || name === "") throw new AgentNameError("Name the agent.");
  if (!AGENT_NAME.test(name))
    throw new AgentNameError(
      `Agent names are 1-64 letters, digits, "_", "." or "-", starting with a letter or digit; got ${JSON.stringify(name.slice(0, 70))}.`,
    );
  return name;
}

/** Throws PolicyFileError when the file is unusable or has no entry for `agent`. */
export function readAgentPolicy(path: string, agent: string): AgentPolicy {
  const file: PolicyFile = loadPolicy(path);
  const entry = Object.hasOwn(file.agents, agent) ? file.agents[agent] : undefined;
  if (!entry) {
    const names = Object.keys(file.agents);
    throw new PolicyFileEntryError(
      `The policy file ${path} has no entry for agent "${agent}" under \`agents\`${names.length ? ` (it has: ${names.join(", ")})` : ""}.`,
    );
  }
  return entry;
}

export class PolicyFileEntryError extends Error {
  override readonly name = "PolicyFileEntryError";
}

/** The one-agent policy file the guard decides with. */
export function policyFileOf(agent: string, policy: AgentPolicy): PolicyFile {
  return { version: 1, agents: { [agent]: policy } };
}
