#!/usr/bin/env bash
# Benchmarks our HTTPServer against Hummingbird 2.28.1 on the same workload.
#
#   bench/http/run.sh [rounds] [seconds-per-run]     (defaults: 3 rounds, 10 s)
#
# Builds both release binaries (Hummingbird's build folder lives outside the
# repository; the first build takes several minutes), then runs alternating
# rounds of wrk -t2 at 64 and 1000 connections against a 12 KB HTML page and a
# 600-byte urlencoded POST, then measures RSS with 10,000 idle keep-alive
# connections. Prints medians and ratios; raw lines go to $out/raw.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${1:-3}"
seconds="${2:-10}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/survey-bench"
out="$cache/results"
mkdir -p "$out"
: > "$out/raw.txt"

nice -n 10 swift build -c release --package-path "$here" --scratch-path "$cache/ours" >&2
nice -n 10 swift build -c release --package-path "$here/../peers/hummingbird-bench" --scratch-path "$cache/hummingbird" >&2
ours="$cache/ours/release/BenchServer"
peer="$cache/hummingbird/release/HummingbirdBench"

start_server() { # name port -> pid
    if [ "$1" = ours ]; then "$ours" "$2" >/dev/null 2>&1 & else "$peer" "$2" >/dev/null 2>&1 & fi
    local pid=$!
    for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$2/page" && break; sleep 0.1; done
    echo "$pid"
}

run_wrk() { # name port workload connections
    local url="http://127.0.0.1:$2/page" script=()
    case "$3" in
        post) url="http://127.0.0.1:$2/submit"; script=(-s "$here/post.lua") ;;
        get-async) url="http://127.0.0.1:$2/page-async" ;;
        get-deferred) url="http://127.0.0.1:$2/page-deferred" ;;
    esac
    wrk -t2 -c"$4" -d"${seconds}s" --latency "${script[@]}" "$url" > "$out/wrk.txt" 2>&1 || true
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$out/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$out/wrk.txt")
    errors=$(awk '/Socket errors|Non-2xx/ {printf "%s ", $0}' "$out/wrk.txt")
    echo "$1 $3 $4 rps=$rps p50=$p50 p99=$p99 $errors" | tee -a "$out/raw.txt" >&2
}

port=18080
for round in $(seq "$rounds"); do
    for name in ours hummingbird; do
        port=$((port + 1))
        pid=$(start_server "$name" "$port")
        wrk -t2 -c64 -d2s "http://127.0.0.1:$port/page" >/dev/null 2>&1 || true  # warm-up
        for workload in get post; do
            for connections in 64 1000; do
                run_wrk "$name" "$port" "$workload" "$connections"
            done
        done
        if [ "$name" = ours ]; then
            for workload in get-async get-deferred; do run_wrk "$name" "$port" "$workload" 64; done
        fi
        kill "$pid"; wait "$pid" 2>/dev/null || true
    done
done

for name in ours hummingbird; do
    port=$((port + 1))
    pid=$(start_server "$name" "$port")
    echo "$name idle $(python3 "$here/idle_connections.py" "$pid" "$port" 10000)" | tee -a "$out/raw.txt" >&2
    kill "$pid"; wait "$pid" 2>/dev/null || true
done

python3 "$here/summarize.py" "$out/raw.txt"
