-- One round trip decides every request waiting at an instance: for each, its client's rate
-- (requests and body bytes, token buckets refilled continuously, as Bucket4j's greedy refill) and,
-- when it is within it, the claim of its batch id (SET NX, expiring after the window).
-- KEYS, two per request: the client's bucket (a hash), the client's batch-id key.
-- ARGV[1..4]: requests per period (0: no rate limit), bytes per period, the period in
-- microseconds, the batch-id window in milliseconds; then two per request: its bytes, 1 if it has
-- a batch id (else 0).
-- Returns two integers per request: microseconds to wait (0: taken), and 1 (new id), 0 (id
-- already claimed) or -1 (no id, or not taken).
-- Each bucket is read once and written once per call, however many of its client's requests come.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local requests = tonumber(ARGV[1])
local bytes = tonumber(ARGV[2])
local period = tonumber(ARGV[3])
local window = ARGV[4]
local buckets = {}
local out = {}
for i = 1, #KEYS / 2 do
  local wait = 0
  if requests > 0 then
    local key = KEYS[2 * i - 1]
    local bucket = buckets[key]
    if not bucket then
      local state = redis.call('HMGET', key, 'r', 'b', 't')
      local elapsed = math.max(0, now - (tonumber(state[3]) or now))
      bucket = {
        r = math.min(requests, (tonumber(state[1]) or requests) + elapsed * requests / period),
        b = math.min(bytes, (tonumber(state[2]) or bytes) + elapsed * bytes / period)
      }
      buckets[key] = bucket
    end
    local need = tonumber(ARGV[3 + 2 * i])
    if bucket.r >= 1 and bucket.b >= need then
      bucket.r = bucket.r - 1
      bucket.b = bucket.b - need
    else
      wait = math.max(1, math.ceil(math.max((1 - bucket.r) * period / requests, (need - bucket.b) * period / bytes)))
    end
  end
  local claim = -1
  if wait == 0 and ARGV[4 + 2 * i] == '1' then
    if redis.call('SET', KEYS[2 * i], '1', 'NX', 'PX', window) then
      claim = 1
    else
      claim = 0
    end
  end
  out[2 * i - 1] = wait
  out[2 * i] = claim
end
local expiry = math.ceil(period / 1000)
for key, bucket in pairs(buckets) do
  redis.call('HSET', key, 'r', bucket.r, 'b', bucket.b, 't', now)
  redis.call('PEXPIRE', key, expiry)
end
return out
