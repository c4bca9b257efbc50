/**
 * The tuning `serve` reads from the environment for limits and faults, in one place:
 * `REDIS_URL` (shared limits), `CALKIT_GATEWAY_UPSTREAM_BUDGET` (requests to Cal.com per window,
 * default 100 of its 120), `CALKIT_GATEWAY_LIMIT_WINDOW_MS` (default a minute; shorter only for
 * tests), `CALKIT_GATEWAY_UPSTREAM_TIMEOUT_MS` (per attempt, default 30 s) and
 * `CALKIT_GATEWAY_AUDIT_RETRY_MS` (how long an answer waits for its audit record while the store
 * is unreachable, default 60 s), `CALKIT_GATEWAY_OTEL` (`on`: OpenTelemetry traces and metrics).
 */
import { GatewaySetupError } from "./setup-error.js";

export const DEFAULT_UPSTREAM_BUDGET = 100;
export const DEFAULT_WINDOW_MS = 60_000;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
export const DEFAULT_AUDIT_RETRY_MS = 60_000;

export interface LimitConfig {
  redisUrl?: string;
  windowMs: number;
  upstreamBudget: number;
}

export interface FaultConfig {
  upstreamTimeoutMs: number;
  auditRetryMs: number;
}

export function limitConfigFromEnv(env: NodeJS.ProcessEnv): LimitConfig {
  const redisUrl = env.REDIS_URL?.trim();
  return {
    ...(redisUrl ? { redisUrl } : {}),
    windowMs: positiveInteger(env, "CALKIT_GATEWAY_LIMIT_WINDOW_MS", DEFAULT_WINDOW_MS),
    upstreamBudget: positiveInteger(env, "CALKIT_GATEWAY_UPSTREAM_BUDGET", DEFAULT_UPSTREAM_BUDGET),
  };
}

export function faultConfigFromEnv(env: NodeJS.ProcessEnv): FaultConfig {
  return {
    upstreamTimeoutMs: positiveInteger(
      env,
      "CALKIT_GATEWAY_UPSTREAM_TIMEOUT_MS",
      DEFAULT_UPSTREAM_TIMEOUT_MS,
    ),
    auditRetryMs: positiveInteger(env, "CALKIT_GATEWAY_AUDIT_RETRY_MS", DEFAULT_AUDIT_RETRY_MS),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new GatewaySetupError(`${name} must be a whole number of at least 1.`);
  return value;
}

/** `CALKIT_GATEWAY_OTEL=on` turns the OpenTelemetry observer on; off (the default) loads nothing. */
export function otelFromEnv(env: NodeJS.ProcessEnv): boolean {
  const value = env.CALKIT_GATEWAY_OTEL?.trim().toLowerCase() ?? "";
  if (value === "" || value === "off") return false;
  if (value === "on") return true;
  throw new GatewaySetupError('CALKIT_GATEWAY_OTEL must be "on" or "off" (the default).');
}
