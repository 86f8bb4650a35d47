-- POSTs one request body over and over and writes the run's summary as JSON (Measurement/WrkResult.cs).
-- Environment: WRK_BODY_FILE (the body), WRK_TARGET_CONTAINER (optional: the Direct-mode target header),
-- WRK_NAME and WRK_CONNECTIONS (labels for the result), WRK_JSON_OUT (where to write it).
local function read_all(path)
  local file = assert(io.open(path, "rb"), "cannot open " .. tostring(path))
  local text = file:read("*a")
  file:close()
  return text
end

wrk.method = "POST"
wrk.body = read_all(os.getenv("WRK_BODY_FILE"))
wrk.headers["Content-Type"] = "text/csv"
local target = os.getenv("WRK_TARGET_CONTAINER")
if target ~= nil and target ~= "" then
  wrk.headers["X-Amzn-SageMaker-Target-Container-Hostname"] = target
end

done = function(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  local load = read_all("/proc/loadavg"):match("^(%S+)")
  local json = string.format(
    '{"Target":"%s","Connections":%d,"Seconds":%.3f,"Requests":%d,"RequestsPerSecond":%.1f,' ..
    '"P50Micros":%d,"P99Micros":%d,"MaxMicros":%d,"Non2xx":%d,"SocketErrors":%d,"LoadAverage":%s}\n',
    os.getenv("WRK_NAME"), tonumber(os.getenv("WRK_CONNECTIONS")), seconds, summary.requests,
    summary.requests / seconds, latency:percentile(50), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, load)
  local out = assert(io.open(os.getenv("WRK_JSON_OUT"), "w"))
  out:write(json)
  out:close()
  io.write(json)
end
