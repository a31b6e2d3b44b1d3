-- wrk script: POST /api/v1/requests as several requesters, each call with its own Idempotency-Key
-- (as a well-behaved client retrying safely would send). Bodies come from bodies.txt, one JSON per line.
local bodies = {}
local tokens = { "demo-bestallare", "demo-forvaltningschef", "demo-facklig" }
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_BODIES")) do
    bodies[#bodies + 1] = line
  end
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
    ["Idempotency-Key"] = "bench-" .. os.time() .. "-" .. tid .. "-" .. counter,
  }
  return wrk.format("POST", "/api/v1/requests", headers, bodies[(counter % #bodies) + 1])
end
