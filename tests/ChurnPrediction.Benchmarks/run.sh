#!/usr/bin/env bash
# Measures the churn solution: training time, in-process prediction latency, and /invocations throughput and
# latency under wrk. Builds in Release, prints the Markdown tables and writes them into docs/benchmarks.md.
# Extra arguments go to the benchmark, e.g.:  bash tests/ChurnPrediction.Benchmarks/run.sh --seconds 5
# (see: dotnet artifacts/bin/ChurnPrediction.Benchmarks/release/ChurnPrediction.Benchmarks.dll --help).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  # The package index is refreshed only when the install fails for want of it.
  $sudo apt-get install -y wrk || { $sudo apt-get update && $sudo apt-get install -y wrk; }
fi

dotnet build -c Release --nologo -v quiet tests/ChurnPrediction.Benchmarks
dotnet artifacts/bin/ChurnPrediction.Benchmarks/release/ChurnPrediction.Benchmarks.dll run --write-docs docs/benchmarks.md "$@"
