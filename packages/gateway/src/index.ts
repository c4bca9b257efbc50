/**
 * @calkit/gateway — the agents' front door to Cal.com: it holds the Cal.com credential, gives each
 * agent its own revocable token and policy, and writes every call to a hash-chained audit log.
 */
export type { GatewayAuditRecord } from "./audit-record.js";
export { type CommandResult, runStoreCommand } from "./commands.js";
export { DEFAULT_PORT, type GatewayHandle, type GatewayOptions, startGateway } from "./gateway.js";
export { createLog, type Log } from "./log.js";
export { chainHash, GENESIS_HASH, type Verification, verifyAudit } from "./store/audit-chain.js";
export {
  DEFAULT_DATA_FOLDER,
  openStore,
  type StoreLocation,
  storeLocationFromEnv,
} from "./store/open.js";
export { type Sql, StoreError } from "./store/sql.js";
export { createToken, hashToken, TOKEN_PREFIX, tokenIdOf, tokenMatches } from "./token.js";
export { type UpstreamConfig, upstreamFromEnv } from "./upstream-config.js";
