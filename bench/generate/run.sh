#!/usr/bin/env bash
# Times `survey generate` on the digital-education survey in a release build,
# next to a naive Python writer of records of the same shape (no skip logic,
# no validation) as a floor for "draw random values and write JSON lines".
# Usage: bench/generate/run.sh [count] [rounds]
# Logs go to a fresh folder under ${TMPDIR:-/tmp} and are removed afterwards.
set -euo pipefail
count="${1:-200000}"
rounds="${2:-3}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
swift build -c release --product survey >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/survey-bench-generate.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/responses"
  /usr/bin/time -f "survey  round $round: %e s wall, %U s user, %S s system, %M KB max RSS" \
    .build/release/survey generate surveys/digitale-bildung.json --count "$count" --seed "$round" \
    --responses "$work/responses" >/dev/null
  size=$(stat -c %s "$work/responses/digitale-bildung/log.jsonl")
  echo "survey  round $round: $size bytes"
  rm -f "$work/peer.jsonl"
  /usr/bin/time -f "python  round $round: %e s wall, %U s user, %S s system, %M KB max RSS" \
    python3 bench/generate/naive_writer.py "$work/responses/digitale-bildung/log.jsonl" "$work/peer.jsonl" "$count"
done
