-- A constant-rate (open-loop) schedule for wrk, used by bench/serve.sh for the half-rate latency runs.
--   wrk -t2 -c20 -d10s --timeout 10s -s bench/rate.lua URL -- RATE THREADS
-- RATE is the total request rate asked (req/s), THREADS the same number as wrk's -t.
--
-- Each wrk thread owns a fixed schedule of send slots, one every THREADS/RATE seconds from its first request.
-- A connection that is free (its previous response has arrived) claims the next unclaimed slot and wrk's
-- delay() waits until then, so the thread sends at the asked rate whatever the server's latency, as long as some
-- connection is free for each slot: the schedule does not drift and missed slots are not skipped (a connection
-- that claims a slot already past sends at once and is counted as late). With C connections per thread each
-- connection sends about every C*THREADS/RATE seconds.
--
-- wrk's timers have millisecond resolution (its ae event loop), so sends are released on millisecond ticks:
-- at RATE r about r/1000 requests leave together each millisecond (a little burstier than a Poisson stream of
-- the same rate over a 1 ms window, never smoother).
--
-- wrk measures each request's latency from the moment it writes it to the moment the response is complete, in
-- microseconds; done() prints the achieved rate, wrk's latency percentiles and how many sends were late (more
-- than 1 ms after their slot: latency then hides the wait, "coordinated omission"; it stays honest only while
-- late sends are far fewer than the percentile reported).
-- The last line is machine-readable:
--   RATE asked=R achieved=R p50_us=N p90_us=N p99_us=N p999_us=N max_us=N requests=N errors=N late=N
--   max_late_us=N

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } weft_timespec;
  int clock_gettime(int clk, weft_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("weft_timespec")

local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

-- per-thread state (each wrk thread has its own Lua state)
rate = 0          -- asked, whole run
interval_us = 0   -- between this thread's slots
next_slot = nil   -- the next unclaimed slot (µs, CLOCK_MONOTONIC)
late = 0          -- sends more than 1 ms after their slot
max_late = 0      -- the latest of them, µs

function init(args)
  rate = tonumber(args[1])
  local threads = tonumber(args[2] or 1)
  if not rate or rate <= 0 then
    error("bench/rate.lua needs the rate: wrk ... -s bench/rate.lua URL -- RATE THREADS")
  end
  interval_us = 1e6 * threads / rate
end

function delay()
  local now = now_us()
  if next_slot == nil then
    next_slot = now
  end
  local slot = next_slot
  next_slot = slot + interval_us
  local wait = slot - now
  if wait < -1000 then
    late = late + 1
    if -wait > max_late then
      max_late = -wait
    end
  end
  if wait <= 0 then
    return 0
  end
  -- wrk takes whole milliseconds; rounding to the nearest keeps each send within 0.5 ms of its slot
  return math.floor(wait / 1000 + 0.5)
end

-- main Lua state: collect the threads to read their counters in done()
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local asked = 0
  local late_total, max_late_all = 0, 0
  for _, t in ipairs(threads) do
    asked = t:get("rate")
    late_total = late_total + t:get("late")
    max_late_all = math.max(max_late_all, t:get("max_late"))
  end
  local seconds = summary.duration / 1e6
  local achieved = summary.requests / seconds
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local function p(q)
    return latency:percentile(q)
  end
  io.write(string.format("asked %.0f req/s, achieved %.1f req/s (%.1f%%) over %.1f s, %d requests\n",
    asked, achieved, 100 * achieved / asked, seconds, summary.requests))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
    p(50) / 1e3, p(90) / 1e3, p(99) / 1e3, p(99.9) / 1e3, latency.max / 1e3))
  io.write(string.format("errors %d (connect %d, read %d, write %d, non-2xx %d, timeout %d); "
    .. "late sends %d (%.3f%%), latest %.1f ms behind its slot\n",
    errors, e.connect, e.read, e.write, e.status, e.timeout, late_total,
    100 * late_total / math.max(1, summary.requests), max_late_all / 1e3))
  io.write(string.format("RATE asked=%.0f achieved=%.1f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d "
    .. "requests=%d errors=%d late=%d max_late_us=%.0f\n",
    asked, achieved, p(50), p(90), p(99), p(99.9), latency.max, summary.requests, errors, late_total,
    max_late_all))
end
