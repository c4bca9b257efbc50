/**
 * @calkit/guard — per-agent policies (deny by default) in front of the Cal.com client and the
 * agent tool executor, with a plain-English audit log.
 */
export {
  type ApprovalRequest,
  type ApprovalVerdict,
  type Approver,
  previewCall,
} from "./approval.js";
export {
  type AuditLog,
  type AuditRecord,
  type AuditSink,
  callbackSink,
  consoleSink,
  createAuditLog,
  jsonlSink,
} from "./audit.js";
export { auditErrorSummary } from "./audit-hook.js";
export { summarizeBooking } from "./booking-summary.js";
export { type Constraint, constraints } from "./constraints.js";
export {
  type BookingFacts,
  type Decision,
  decide,
  decideWithBooking,
  mayUse,
  resourceWords,
} from "./decide.js";
export {
  createGuard,
  type Guard,
  type GuardedClient,
  type GuardOptions,
  PolicyDeniedError,
} from "./guard.js";
export {
  type LimitedOperation,
  type LimitKey,
  type LimitKind,
  limitKinds,
  type PolicyLimits,
} from "./limits.js";
export {
  type AccessLevel,
  type AgentPolicy,
  loadPolicy,
  type OperationRule,
  type PolicyConstraints,
  type PolicyFile,
  PolicyFileError,
  parsePolicy,
  policySchema,
} from "./policy.js";
export { buildPolicySchema } from "./policy-schema.js";
export { renderPhrase } from "./sentence.js";
