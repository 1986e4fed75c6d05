-- wrk driver for benchmarks/web_load.py: sends a fixed plan of request paths (one per
-- line in the file named after `--`), each exactly once, over wrk's connections, then
-- ends the run; done() prints one JSON line: requests, errors (non-2xx + socket errors),
-- latency p50/p95/p99/max in ms, requests per second.
--
--   wrk -t1 -c50 -d600s --timeout 30s -s benchmarks/web_load.lua http://127.0.0.1:8000 -- plan.txt
--
-- One wrk thread (-t1): the plan is not split between threads, and one C thread sends
-- tens of thousands of requests a second, far more than the server under test answers.
-- wrk runs for -d unless interrupted, so the last reply sends wrk a SIGINT (as Ctrl-C
-- would): the run ends when the plan is done and -d is only an upper bound. wrk corrects
-- its latencies for coordinated omission (stats_correct), so its percentiles err high.
-- Its requests/s counts from when its main thread starts the clock, which on a busy
-- machine can be after the first requests: web_load.py uses its own wall clock.

local non2xx_total = 0
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then table.insert(paths, line) end
   end
   -- wrk calls request() once before the run to check it (not sent): that call is sent = 0
   sent, got, non2xx, granted = -1, 0, 0, 0
end

function delay()
   -- a connection asks before each request: one more of the plan, or wait out the run
   if granted >= #paths then return 3600000 end
   granted = granted + 1
   return 0
end

function request()
   sent = sent + 1
   return wrk.format("GET", paths[math.max(sent, 1)])
end

function response(status, headers, body)
   got = got + 1
   if status < 200 or status > 299 then non2xx = non2xx + 1 end
   if got == #paths then
      wrk.thread:stop()
      -- the shell's parent is wrk: SIGINT ends its wait for -d. popen, not os.execute
      -- (system() ignores SIGINT while its command runs); sent again a few times while
      -- the process is still wrk, in case the first came before wrk set its handler
      local p = io.popen("P=$PPID; (kill -INT $P; for i in 1 2 3 4 5 6; do sleep 0.5; " ..
                         "grep -qx wrk /proc/$P/comm && kill -INT $P; done) >/dev/null 2>&1 &")
      p:close()
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do bad = bad + tonumber(t:get("non2xx") or 0) end
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local secs = summary.duration / 1e6
   io.write(string.format(
      '{"requests": %d, "errors": %d, "non_2xx": %d, "socket_errors": %d, "p50_ms": %.1f, ' ..
      '"p95_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f, "requests_per_s": %.1f, "seconds": %.2f}\n',
      summary.requests, bad + socket, bad, socket, latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.requests / secs, secs))
end
