#!/usr/bin/env bash
# The dcmtk side of the LungSurvival series-reading benchmark:
#   read_series_dcmtk.sh FOLDER [RUNS]
# One dcmdump process parses every file of FOLDER completely, pixel data included (+M loads long values rather
# than skipping them), and prints the elements to /dev/null. That is parsing only: dcmtk's command-line tools have
# no "stack a series into a volume" step, so this is a lower bound on dcmtk's work compared with the C# reader's
# parse + sort + rescale. One warm-up run, then RUNS timed runs (default 5); prints the best and median MB/s.
set -euo pipefail
folder=$1
runs=${2:-5}
bytes=$(find "$folder" -maxdepth 1 -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=("$folder"/*)
dcmdump -q +M "${files[@]}" > /dev/null
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  dcmdump -q +M "${files[@]}" > /dev/null
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -g)
best=$(echo "$sorted" | head -1)
median=$(echo "$sorted" | sed -n "$(( (runs / 2) + 1 ))p")
printf 'dcmtk %s: %d files, %.1f MB, best %.3f s (%.0f MB/s), median %.3f s (%.0f MB/s), %d runs\n' \
  "$(dcmdump --version | head -1 | awk '{print $3}')" "${#files[@]}" "$(echo "$bytes / 1000000" | bc -l)" \
  "$best" "$(echo "$bytes / 1000000 / $best" | bc -l)" "$median" "$(echo "$bytes / 1000000 / $median" | bc -l)" "$runs"
