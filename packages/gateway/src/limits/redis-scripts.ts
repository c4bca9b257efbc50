/**
 * The Lua scripts the Redis limiter runs. Each runs atomically inside Redis, so instances never
 * see a half-counted call, and each reads Redis's own clock (TIME), so instances whose clocks
 * disagree still count the same windows. Same rules as memory-limiter.ts.
 */

/** Milliseconds since the epoch, on Redis's clock. */
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * Per agent. KEYS[1]: the agent's call window (sorted set of starts); KEYS[2..]: its quota counter
 * prefixes. ARGV: window ms, calls per window (-1: none), a unique member, then each quota's limit.
 * Returns {1, day} when counted, or {0, which (1: calls, i: KEYS[i]), retry ms}.
 */
export const ADMIT = `${NOW}
local window = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local day = math.floor(now / 86400000)
if rate >= 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
  if redis.call('ZCARD', KEYS[1]) >= rate then
    local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
    local frees = oldest[2] and (tonumber(oldest[2]) + window) or (now + window)
    return {0, 1, math.max(1, frees - now)}
  end
end
for i = 2, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i] .. ':' .. day) or '0')
  if used >= tonumber(ARGV[2 + i]) then return {0, i, (day + 1) * 86400000 - now} end
end
if rate >= 0 then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
end
for i = 2, #KEYS do
  local key = KEYS[i] .. ':' .. day
  redis.call('INCR', key)
  redis.call('PEXPIRE', key, 2 * 86400000)
end
return {1, day}`;

/** Gives quota back. KEYS: counter prefixes; ARGV[1]: the day they were taken on. */
export const REFUND = `for i = 1, #KEYS do
  local key = KEYS[i] .. ':' .. ARGV[1]
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 1`;

/**
 * One request to Cal.com. KEYS[1]: the credential's window of starts; KEYS[2]: agents seen (last
 * start attempt); KEYS[3]: what Cal.com said is left (hash left, until); KEYS[4]: instances seen.
 * ARGV: window ms, budget, agent id, unique member, instance id, prefix of per-agent windows.
 * An agent under its fair share (budget / agents active in the last two windows) always gets a
 * slot while the budget lasts; above it, only what the others' unused shares leave over.
 * Returns {1, 0, instances} or {0, retry ms, instances, why (1 budget, 2 share, 3 Cal.com)}.
 */
export const TAKE_UPSTREAM = `${NOW}
local window = tonumber(ARGV[1])
local budget = tonumber(ARGV[2])
local agent = ARGV[3]
local cutoff = now - window
redis.call('ZADD', KEYS[4], now, ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - 2 * window)
redis.call('PEXPIRE', KEYS[4], 2 * window)
local instances = redis.call('ZCARD', KEYS[4])
local left = tonumber(redis.call('HGET', KEYS[3], 'left') or '-1')
local untilAt = tonumber(redis.call('HGET', KEYS[3], 'until') or '0')
local told = untilAt > now and left >= 0
if told and left <= 0 then return {0, untilAt - now, instances, 3} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', cutoff)
local total = redis.call('ZCARD', KEYS[1])
if total >= budget then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, math.max(1, tonumber(oldest[2]) + window - now), instances, 1}
end
redis.call('ZADD', KEYS[2], now, agent)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - 2 * window)
redis.call('PEXPIRE', KEYS[2], 2 * window)
local agents = redis.call('ZRANGE', KEYS[2], 0, -1)
local share = math.max(1, math.floor(budget / #agents))
local mine = 0
local reserved = 0
for _, other in ipairs(agents) do
  local key = ARGV[6] .. other
  redis.call('ZREMRANGEBYSCORE', key, '-inf', cutoff)
  local used = redis.call('ZCARD', key)
  if other == agent then mine = used else reserved = reserved + math.max(0, share - used) end
end
local myKey = ARGV[6] .. agent
if mine >= share and budget - total - reserved <= 0 then
  local oldest = redis.call('ZRANGE', myKey, 0, 0, 'WITHSCORES')
  return {0, math.max(1, tonumber(oldest[2]) + window - now), instances, 2}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
redis.call('ZADD', myKey, now, ARGV[4])
redis.call('PEXPIRE', myKey, window)
if told then redis.call('HINCRBY', KEYS[3], 'left', -1) end
return {1, 0, instances}`;

/** What Cal.com said. KEYS[1]: the hash; ARGV: requests left, ms until its window resets. */
export const OBSERVE_UPSTREAM = `${NOW}
redis.call('HSET', KEYS[1], 'left', ARGV[1], 'until', now + tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 1000)
return 1`;
