#!/usr/bin/env bash
# Times the evaluation of a log written by `survey generate` against DuckDB on the same file:
# cold (no columns.bin: the columns are built from the log, then written), warm (columns.bin
# present), and DuckDB's load and queries, alternating in each round.
# Usage: bench/eval/run.sh [responses] [rounds]    (defaults: 1000000 responses, 3 rounds)
# Needs python3 with the duckdb package (pip install duckdb==2.0.1; PYTHON=… names another interpreter) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-1000000}"
rounds="${2:-3}"
work="${TMPDIR:-/tmp}/survey-bench-eval-data"
scratch=.build-release
survey=surveys/digitale-bildung.json
swift build -c release --product survey --scratch-path "$scratch" >/dev/null
binary="$scratch/release/survey"
responses="$work/responses-$count"
folder="$responses/digitale-bildung"
if [ ! -f "$folder/log.jsonl" ]; then
    mkdir -p "$responses"
    "$binary" generate "$survey" --count "$count" --seed 1 --responses "$responses"
fi
log="$folder/log.jsonl"
echo "log: $log ($(du -mL "$log" | cut -f1) MB), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
    rm -f "$folder/columns.bin"
    /usr/bin/time -f "cold round $round: %e s wall, %U s user, %S s sys, %M KB max RSS" \
        "$binary" evaluate "$survey" --format json --responses "$responses" > "$work/cold.json" 2> "$work/cold.err"
    grep -v '% of' "$work/cold.err" || true
    /usr/bin/time -f "warm round $round: %e s wall, %U s user, %S s sys, %M KB max RSS" \
        "$binary" evaluate "$survey" --format json --responses "$responses" > "$work/warm.json"
    cmp "$work/cold.json" "$work/warm.json" || echo "warm and cold results differ"
    /usr/bin/time -f "duckdb round $round: %e s wall, %U s user, %S s sys, %M KB max RSS" \
        "${PYTHON:-python3}" bench/eval/duckdb_eval.py "$survey" "$log" --threads "$(nproc)" --check "$work/warm.json" > /dev/null
done
