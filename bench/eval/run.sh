#!/usr/bin/env bash
# Times the evaluation of a generated response log against DuckDB on the same file.
# Usage: bench/eval/run.sh [responses] [rounds]    (defaults: 1000000 responses, 3 rounds)
# Needs python3 with the duckdb package (pip install duckdb) and GNU time.
set -euo pipefail
cd "$(dirname "$0")"
count="${1:-1000000}"
rounds="${2:-3}"
work="${TMPDIR:-/tmp}/survey-bench-eval-data"
survey=../../surveys/digitale-bildung.json
mkdir -p "$work"
log="$work/log-$count.jsonl"
[ -f "$log" ] || python3 generate.py "$survey" "$count" "$log"
swift build -c release --scratch-path "${TMPDIR:-/tmp}/survey-bench-eval" >/dev/null
binary="${TMPDIR:-/tmp}/survey-bench-eval/release/eval-bench"
echo "log: $log ($(du -mL "$log" | cut -f1) MB), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
    /usr/bin/time -f "evaluation round $round: %e s wall, %U s user, %S s sys, %M KB max RSS" \
        "$binary" "$survey" "$log" > "$work/evaluation.json"
    /usr/bin/time -f "duckdb round $round: %e s wall, %U s user, %S s sys, %M KB max RSS" \
        python3 duckdb_eval.py "$survey" "$log" --threads "$(nproc)" --check "$work/evaluation.json" > /dev/null
done
