#!/usr/bin/env bash
# The endpoint's benchmarks (issue 8), bounded and on loopback only. From the repository root:
#   bash tests/Endpoint.Benchmarks/run.sh
# Needs wrk, and for the Python comparison Debian's python3-xgboost, python3-flask and gunicorn:
#   apt-get install -y wrk python3-xgboost python3-flask gunicorn
# Knobs: BENCH_SECONDS (per wrk and in-process run, default 15), SOAK_SECONDS (default 60), BENCH_CONFIG (the
# endpoint config, default config/bench.json), ENDPOINT_BIN (the endpoint binary, default this build's).
# Results: artifacts/benchmarks/endpoint/ (one JSON per run, logs/, report.md: the Markdown of docs/benchmarks.md).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=tests/Endpoint.Benchmarks
RESULTS=${RESULTS:-artifacts/benchmarks/endpoint}
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
WARMUP_SECONDS=5
SOAK_SECONDS=${SOAK_SECONDS:-60}
ENDPOINT_PORT=18080
SERVE_PORT=18081
GUNICORN_PORT=18082
FAILING_PORT=18083
PYTHON=/usr/bin/python3   # Debian's, where python3-xgboost and python3-flask install
BIN=artifacts/bin
BENCH_CONFIG=${BENCH_CONFIG:-$BENCH/config/bench.json}
ENDPOINT_BIN=${ENDPOINT_BIN:-$BIN/Endpoint/release/Endpoint}

for tool in wrk curl gunicorn; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is missing (apt-get install -y wrk curl gunicorn)" >&2; exit 2; }
done
"$PYTHON" -c "import xgboost, flask" 2>/dev/null \
  || { echo "run.sh: $PYTHON lacks xgboost or flask (apt-get install -y python3-xgboost python3-flask)" >&2; exit 2; }
for port in $ENDPOINT_PORT $SERVE_PORT $GUNICORN_PORT $FAILING_PORT; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/ping"; then
    echo "run.sh: port $port is already in use; stop what listens there first" >&2; exit 2
  fi
done

rm -rf "$RESULTS" && mkdir -p "$RESULTS/logs"
# What was measured, for the report: the endpoint's source (ENDPOINT_LABEL when ENDPOINT_BIN is another build).
echo "${ENDPOINT_LABEL:-commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- solutions shared || echo ' with local changes')}" \
  > "$RESULTS/build.txt"
echo "== Building (Release): $BENCH and, through its references, the endpoint and the churn solution"
dotnet build -c Release "$BENCH" -v quiet -nologo

if [[ ! -f artifacts/churn/model/manifest.json ]]; then
  echo "== Training the churn bundle (artifacts/churn/model)"
  "$BIN/ChurnPrediction/release/ChurnPrediction" run
fi
if [[ ! -f artifacts/benchmarks/xgboost/xgboost-model.json ]]; then
  echo "== Training the XGBoost twin (artifacts/benchmarks/xgboost)"
  "$PYTHON" "$BENCH/python/train_xgboost.py" --out artifacts/benchmarks/xgboost
fi

# The request: the data set's first customer without its label, as header-less CSV.
ROW="$RESULTS/row.csv"
sed -n 2p data/churn/churn.csv | sed 's/,[^,]*$//' | tr -d '\r\n' > "$ROW"

PIDS=()
stop_servers() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT

echo "== Starting the servers"
"$PYTHON" "$BENCH/python/failing_container.py" --port $FAILING_PORT > "$RESULTS/logs/failing.log" 2>&1 &
PIDS+=($!)
# Its log keeps the first 2000 lines: a build that logs every request writes about a million during the soak.
"$ENDPOINT_BIN" --config "$BENCH_CONFIG" --port $ENDPOINT_PORT \
  > >({ head -n 2000 > "$RESULTS/logs/endpoint.log"; cat > /dev/null; }) 2>&1 &
ENDPOINT_PID=$!
PIDS+=($ENDPOINT_PID)
"$BIN/ChurnPrediction/release/ChurnPrediction" serve --model artifacts/churn/model --port $SERVE_PORT > "$RESULTS/logs/churn-serve.log" 2>&1 &
PIDS+=($!)
# One OpenMP thread per worker (see serve_xgboost.py): the fastest setting for Python on this machine.
OMP_NUM_THREADS=1 MODEL_DIR="$ROOT/artifacts/benchmarks/xgboost" gunicorn --chdir "$BENCH/python" --workers 2 --worker-class sync \
  --bind 127.0.0.1:$GUNICORN_PORT --log-level warning serve_xgboost:app > "$RESULTS/logs/gunicorn.log" 2>&1 &
PIDS+=($!)

wait_for_ping() {
  local port=$1 name=$2
  for _ in $(seq 1 240); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ping")" == 200 ]] && return 0
    sleep 0.5
  done
  echo "run.sh: $name on port $port did not answer /ping with 200 within 120 s; see $RESULTS/logs/" >&2
  exit 1
}
wait_for_ping $FAILING_PORT "failing container"
wait_for_ping $ENDPOINT_PORT endpoint
wait_for_ping $SERVE_PORT "churn serve"
wait_for_ping $GUNICORN_PORT gunicorn

ENDPOINT_URL="http://127.0.0.1:$ENDPOINT_PORT/endpoints/bench/invocations"
SERVE_URL="http://127.0.0.1:$SERVE_PORT/invocations"
GUNICORN_URL="http://127.0.0.1:$GUNICORN_PORT/invocations"
echo "Request: $(cat "$ROW")"
echo "endpoint answers:     $(curl -sf -H 'Content-Type: text/csv' -H 'X-Amzn-SageMaker-Target-Container-Hostname: churn' --data-binary @"$ROW" "$ENDPOINT_URL")"
echo "churn serve answers:  $(curl -sf -H 'Content-Type: text/csv' --data-binary @"$ROW" "$SERVE_URL")"
echo "gunicorn answers:     $(curl -sf -H 'Content-Type: text/csv' --data-binary @"$ROW" "$GUNICORN_URL")"

# run_wrk NAME URL CONNECTIONS SECONDS [TARGET]: a discarded warm-up, then the measured run.
run_wrk() {
  local name=$1 url=$2 connections=$3 seconds=$4 target=${5:-}
  local threads=$(( connections < 2 ? 1 : 2 ))
  WRK_BODY_FILE="$ROW" WRK_TARGET_CONTAINER="$target" WRK_NAME="$name" WRK_CONNECTIONS=$connections WRK_JSON_OUT=/dev/null \
    wrk -t$threads -c"$connections" -d${WARMUP_SECONDS}s -s "$BENCH/wrk/invoke.lua" "$url" > /dev/null
  echo "-- $name, $connections connections, ${seconds} s (load average $(cut -d' ' -f1 /proc/loadavg))"
  scrape_metrics "$name" "$connections" before
  WRK_BODY_FILE="$ROW" WRK_TARGET_CONTAINER="$target" WRK_NAME="$name" WRK_CONNECTIONS=$connections \
    WRK_JSON_OUT="$RESULTS/wrk-$name-c$connections.json" \
    wrk -t$threads -c"$connections" -d${seconds}s --latency -s "$BENCH/wrk/invoke.lua" "$url" > "$RESULTS/logs/wrk-$name-c$connections.txt"
  scrape_metrics "$name" "$connections" after
  tail -1 "$RESULTS/wrk-$name-c$connections.json"
}

# The endpoint's own histograms (GET /metrics) around each of its runs: the report reads the server-side
# OverheadLatency of just that run from the difference. Builds without /metrics are skipped.
scrape_metrics() {
  local name=$1 connections=$2 when=$3
  [[ $name == endpoint* ]] || return 0
  curl -sf "http://127.0.0.1:$ENDPOINT_PORT/metrics" > "$RESULTS/metrics-$name-c$connections-$when.txt" \
    || rm -f "$RESULTS/metrics-$name-c$connections-$when.txt"
}

echo "== wrk: single-row churn CSV at 1, 16 and 64 connections"
for connections in 1 16 64; do
  run_wrk endpoint "$ENDPOINT_URL" $connections "$SECONDS_PER_RUN" churn
  run_wrk churn-serve "$SERVE_URL" $connections "$SECONDS_PER_RUN"
  run_wrk gunicorn-xgboost "$GUNICORN_URL" $connections "$SECONDS_PER_RUN"
done

echo "== In process: the same row through the churn predictor and the serving contract, no HTTP"
"$BIN/Endpoint.Benchmarks/release/Endpoint.Benchmarks" inprocess --seconds "$SECONDS_PER_RUN" --warmup $WARMUP_SECONDS \
  --out "$RESULTS/inprocess.json"

echo "== Soak: ${SOAK_SECONDS} s at 64 connections, RSS sampled, the throwing container invoked alongside"
"$BIN/Endpoint.Benchmarks/release/Endpoint.Benchmarks" rss --pid $ENDPOINT_PID --seconds "$SOAK_SECONDS" --interval 5 \
  --out "$RESULTS/rss.json" &
RSS_PID=$!
( sleep 5 && "$BIN/Endpoint.Benchmarks/release/Endpoint.Benchmarks" faults --url "$ENDPOINT_URL" --body "$ROW" \
    --requests 20 --interval-ms 1000 --out "$RESULTS/faults.json" ) &
FAULTS_PID=$!
scrape_metrics endpoint-soak 64 before
WRK_BODY_FILE="$ROW" WRK_TARGET_CONTAINER=churn WRK_NAME=endpoint-soak WRK_CONNECTIONS=64 WRK_JSON_OUT="$RESULTS/wrk-endpoint-soak.json" \
  wrk -t2 -c64 -d"${SOAK_SECONDS}s" --latency -s "$BENCH/wrk/invoke.lua" "$ENDPOINT_URL" > "$RESULTS/logs/wrk-endpoint-soak.txt"
scrape_metrics endpoint-soak 64 after
tail -1 "$RESULTS/wrk-endpoint-soak.json"
wait $RSS_PID
FAULTS_STATUS=0
wait $FAULTS_PID || FAULTS_STATUS=$?

echo "== Report"
"$BIN/Endpoint.Benchmarks/release/Endpoint.Benchmarks" report --results "$RESULTS" --out "$RESULTS/report.md"
exit $FAULTS_STATUS
