#!/usr/bin/env bash
# Fuzzes the StrictJSON parser with libFuzzer and AddressSanitizer.
# Usage: bench/fuzz/json/run.sh [seconds]   (default 300)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
out="${TMPDIR:-/tmp}/survey-fuzz-json"
mkdir -p "$out/corpus"
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name FuzzJSON \
    "$root"/Sources/StrictJSON/*.swift "$here/FuzzJSON.swift" -o "$out/fuzz-json"
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
"$out/fuzz-json" -max_total_time="${1:-300}" -max_len=4096 -print_final_stats=1 "$out/corpus" "$here/corpus"
