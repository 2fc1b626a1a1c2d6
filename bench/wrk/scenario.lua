-- wrk script for every HTTP scenario. Environment:
--   BENCH_BODIES  file with one JSON request body a line, sent in turn (bench/lib/bodies.mjs writes it)
--   BENCH_TOKEN   bearer token, if the scenario needs one
--   BENCH_EDIT    "1" for the edit loop: fills __REVISION__ with the revision last read for that plan, __N__ with a counter
--   BENCH_OUT     where done() writes its one-line JSON result
local token = os.getenv("BENCH_TOKEN")
local edit = os.getenv("BENCH_EDIT") == "1"
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bodies, planIndex, revisions = {}, {}, {}
  for line in io.lines(os.getenv("BENCH_BODIES")) do
    if #line > 0 then
      bodies[#bodies + 1] = line
      local plan = line:match('"planId":"([^"]+)"')
      if plan then planIndex[plan] = #bodies end
    end
  end
  index, counter, non2xx, errors, conflicts = 0, 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if token and #token > 0 then wrk.headers["Authorization"] = "Bearer " .. token end
end

function request()
  index = index % #bodies + 1
  local body = bodies[index]
  if edit then
    counter = counter + 1
    body = body:gsub("__REVISION__", tostring(revisions[index] or "null")):gsub("__N__", tostring(counter))
  end
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  -- A top-level error or a payload's typed error: either way this request did not do what the scenario wanted.
  if body:find('"errors":%[') then errors = errors + 1 end
  if edit then
    if body:find("EditConflictError", 1, true) then conflicts = conflicts + 1 end
    local plan = body:match('"plan":{"id":"([^"]+)"')
    local revision = body:match('"revision":(%d+)')
    if plan and revision and planIndex[plan] then revisions[planIndex[plan]] = revision end
  end
end

function done(summary, latency, requests)
  local n, e, c = 0, 0, 0
  for _, thread in ipairs(threads) do
    n = n + (thread:get("non2xx") or 0)
    e = e + (thread:get("errors") or 0)
    c = c + (thread:get("conflicts") or 0)
  end
  local s = summary.errors
  local out = io.open(os.getenv("BENCH_OUT"), "w")
  out:write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"non2xx":%d,"graphql_errors":%d,"conflicts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, s.connect, s.read, s.write, s.timeout, n, e, c,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max, latency.mean))
  out:close()
end
