#!/usr/bin/env bash
# Web benchmark: a rendered survey page with a session, and durable submissions,
# each with wrk at 64 connections against a release build of `survey serve`.
# The stylesheet (a static response from memory) is measured in the same run
# as the in-run reference for what the HTTP layer alone delivers, and
# Hummingbird 2.28.1 (bench/peers/hummingbird-bench) serves the bytes of the
# rendered page as a static response, the peer the page is compared with.
#
# Usage: bench/web/run.sh [runs=5] [seconds=10]
# SCRATCH_PATH names the build folder of `survey` (default .build); SURVEY_BINARY
# names a release build to measure instead of building one. The peer's
# build lives outside the repository, as in bench/http; without it (no network
# for its first build) its line is left out.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
seconds=${2:-10}
scratch=${SCRATCH_PATH:-.build}
cache="${XDG_CACHE_HOME:-$HOME/.cache}/survey-bench"

if [ -n "${SURVEY_BINARY:-}" ]; then
  binary=$SURVEY_BINARY
else
  nice -n 10 swift build -c release --product survey --scratch-path "$scratch" >/dev/null
  binary=$scratch/release/survey
fi
peer="$cache/hummingbird/release/HummingbirdBench"
nice -n 10 swift build -c release --package-path bench/peers/hummingbird-bench --scratch-path "$cache/hummingbird" \
  >/dev/null 2>&1 || peer=""
work=$(mktemp -d)
peer_pid=""
trap 'kill "$server" $peer_pid 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
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
curl -s -H "Cookie: $cookie" -o "$work/page.html" "$base/s/bench/p/eins"
if [ -n "$peer" ]; then
  peer_port=$((port + 1))
  "$peer" "$peer_port" "$work/page.html" >/dev/null 2>&1 &
  peer_pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$peer_port/page" && break; sleep 0.2; done
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
run() { # name, wrk arguments...: one run, its requests per second
  local name=$1; shift
  local out
  out=$(nice -n 10 wrk -t 2 -c 64 -d "${seconds}s" "$@")
  if grep -q "Non-2xx" <<<"$out"; then echo "$name: errors in the run:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { printf "%d", $2 }' <<<"$out"
}
report() { # name, runs...: the median and the runs
  local name=$1; shift
  last_median=$(printf '%s\n' "$@" | median)
  printf '%-34s median %6d req/s   runs: %s\n' "$name" "$last_median" "$*"
}
measure() { # name, wrk arguments...: all runs in a row
  local name=$1; shift
  local results=()
  for _ in $(seq "$runs"); do results+=("$(run "$name" "$@")"); done
  report "$name" "${results[@]}"
}

echo "wrk -t 2 -c 64 -d ${seconds}s, $runs runs each, release build, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rendered page: $(wc -c <"$work/page.html") bytes"
# The stylesheet, the peer and the page take turns within each round, so a change in the machine's
# load between rounds (other builds) moves all three alike and the per-round ratios stay comparable.
static_runs=()
peer_runs=()
page_runs=()
ratios=()
for _ in $(seq "$runs"); do
  static_runs+=("$(run "static stylesheet" "$base/assets/form.css")")
  if [ -n "$peer" ]; then peer_runs+=("$(run "Hummingbird" "http://127.0.0.1:$peer_port/page")"); fi
  page_runs+=("$(run "rendered page" -H "Cookie: $cookie" "$base/s/bench/p/eins")")
  if [ -n "$peer" ]; then
    ratios+=("$(awk -v ours="${page_runs[-1]}" -v peer="${peer_runs[-1]}" 'BEGIN { printf "%.2f", ours / peer }')")
  fi
done
report "static stylesheet (reference)" "${static_runs[@]}"
if [ -n "$peer" ]; then
  report "Hummingbird, the page's bytes" "${peer_runs[@]}"
  peer_median=$last_median
fi
report "rendered page with a session" "${page_runs[@]}"
if [ -n "$peer" ]; then
  awk -v ours="$last_median" -v peer="$peer_median" 'BEGIN { printf "rendered page / Hummingbird static: %.2f (medians)\n", ours / peer }'
  echo "per-round ratios: ${ratios[*]} (median $(printf '%s\n' "${ratios[@]}" | median))"
fi
echo "load after the page runs: $(cut -d' ' -f1-3 /proc/loadavg)"
before=$(wc -l <"$work/responses/bench/log.jsonl")
BENCH_COOKIE=$cookie BENCH_CSRF=$csrf measure "durable submission (fsync)" -s bench/web/submit.lua "$base/s/bench/submit"
after=$(wc -l <"$work/responses/bench/log.jsonl")
echo "submissions written to the log: $((after - before))"
