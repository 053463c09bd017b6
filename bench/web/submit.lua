-- Durable submissions: every request carries a fresh form key, so each one is
-- a new submission (a new revision of the response) that the store must fsync
-- before the server answers with its redirect.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
  csrf = os.getenv("BENCH_CSRF")
end

function request()
  counter = counter + 1
  local body = "_csrf=" .. csrf .. "&_form=t" .. id .. "n" .. counter
  return wrk.format(nil, "/s/bench/submit", nil, body)
end
