#!/usr/bin/env bash
# Times the office's live report page at a given log size (release builds).
# Usage: bench/office-report/run.sh [responses] [--by ID] [--filter EXPR]    (default: 100000 responses)
set -euo pipefail
cd "$(dirname "$0")"
count="${1:-100000}"
shift || true
work="${TMPDIR:-/tmp}/survey-bench-office-report-data/$count"
scratch="${TMPDIR:-/tmp}/survey-bench-office-report"
if [ ! -f "$work/digitale-bildung/log.jsonl" ]; then
    swift build -c release --package-path ../.. --product survey >/dev/null
    ../../.build/release/survey generate ../../surveys/digitale-bildung.json -n "$count" --responses "$work" >/dev/null
fi
swift build -c release --scratch-path "$scratch" >/dev/null
echo "log: $(du -mL "$work/digitale-bildung/log.jsonl" | cut -f1) MB, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$scratch/release/office-report-bench" ../../surveys/digitale-bildung.json "$work/digitale-bildung" "$@"
