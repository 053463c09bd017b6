#!/usr/bin/env bash
# Web benchmark: a rendered survey page with a session, and durable submissions,
# each with wrk at 64 connections against a release build of `survey serve`.
# The stylesheet (a static response from memory) is measured in the same run
# as the in-run reference for what the HTTP layer alone delivers.
#
# Usage: bench/web/run.sh [runs=5] [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
seconds=${2:-10}

nice -n 10 swift build -c release --product survey >/dev/null
binary=.build/release/survey
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/surveys"
cp bench/web/bench-survey.json "$work/surveys/bench.json"
port=$((20000 + RANDOM % 20000))
"$binary" serve --port "$port" --surveys "$work/surveys" --responses "$work/responses" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/t" && break; sleep 0.2; done
base="http://127.0.0.1:$port"

# One session: the welcome page hands out the grant cookie; a page post stores valid answers.
curl -s -c "$work/jar" -o /dev/null "$base/s/bench"
page=$(curl -s -b "$work/jar" "$base/s/bench/p/eins")
csrf=$(sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' <<<"$page" | head -1)
curl -s -b "$work/jar" -o /dev/null --data "_csrf=$csrf&_form=setup&_action=next&schulname=Grundschule+Am+Bach&schueler=412&internet=glasfaser&zufriedenheit=4&ausstattung.wlan=3" "$base/s/bench/p/eins"
cookie=$(awk '$6 == "r-bench" { print $6 "=" $7 }' "$work/jar")

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
measure() { # name, wrk arguments...
  local name=$1; shift
  local results=()
  for _ in $(seq "$runs"); do
    local out
    out=$(nice -n 10 wrk -t 2 -c 64 -d "${seconds}s" "$@")
    if grep -q "Non-2xx" <<<"$out"; then echo "$name: errors in the run:"; echo "$out"; exit 1; fi
    results+=("$(awk '/Requests\/sec/ { printf "%d", $2 }' <<<"$out")")
  done
  printf '%-34s median %6d req/s   runs: %s\n' "$name" "$(printf '%s\n' "${results[@]}" | median)" "${results[*]}"
}

echo "wrk -t 2 -c 64 -d ${seconds}s, $runs runs each, release build, $(nproc) cores"
measure "static stylesheet (reference)" "$base/assets/form.css"
measure "rendered page with a session" -H "Cookie: $cookie" "$base/s/bench/p/eins"
before=$(wc -l <"$work/responses/bench/log.jsonl")
BENCH_COOKIE=$cookie BENCH_CSRF=$csrf measure "durable submission (fsync)" -s bench/web/submit.lua "$base/s/bench/submit"
after=$(wc -l <"$work/responses/bench/log.jsonl")
echo "submissions written to the log: $((after - before))"
