/**
 * Who is calling: the agent whose token is in `Authorization: Bearer …`. A malformed, unknown,
 * revoked or expired token gets the same kind of answer (401) with a reason that names no secret;
 * the hash comparison runs even for an unknown token id, so timing does not tell them apart.
 */
import type { AgentWithPolicy } from "../store/agents.js";
import { hashToken, tokenIdOf, tokenMatches } from "../token.js";

export type Authentication =
  | { ok: true; agent: AgentWithPolicy }
  | { ok: false; message: string; tokenId?: string };

const UNKNOWN_HASH = hashToken("ckgw_000000000000_unknown");

export async function authenticate(
  findAgent: (tokenId: string) => Promise<AgentWithPolicy | undefined>,
  authorization: string | undefined,
  now: Date,
): Promise<Authentication> {
  if (!authorization)
    return {
      ok: false,
      message:
        "No agent token: send `Authorization: Bearer <agent token>` (from `calkit-gateway agent add`).",
    };
  const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
  const tokenId = token === undefined ? undefined : tokenIdOf(token);
  if (token === undefined || tokenId === undefined)
    return {
      ok: false,
      message:
        "The bearer token is not a gateway agent token (ckgw_…). A Cal.com API key does not work here: the gateway holds it.",
    };
  const agent = await findAgent(tokenId);
  const matches = tokenMatches(token, agent?.tokenHash ?? UNKNOWN_HASH);
  if (!agent || !matches) return { ok: false, message: "The agent token is not valid.", tokenId };
  if (agent.revokedAt) return { ok: false, message: "The agent token was revoked.", tokenId };
  if (agent.expiresAt && agent.expiresAt <= now)
    return { ok: false, message: "The agent token has expired.", tokenId };
  return { ok: true, agent };
}
