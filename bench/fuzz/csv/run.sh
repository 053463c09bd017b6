#!/usr/bin/env bash
# Fuzzes the CSV reader (both separators, byte-order mark) and the
# writer/reader round trip with libFuzzer and AddressSanitizer.
# Usage: bench/fuzz/csv/run.sh [seconds]   (default 600)
# New inputs go to a scratch corpus, crashes to its parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../modules.sh"
out="${TMPDIR:-/tmp}/survey-fuzz/csv"
mkdir -p "$out/corpus"
fuzz_module "$out" CSVCodec
fuzz_link "$out" "$out/fuzz-csv" "$here/FuzzCSV.swift" CSVCodec
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
nice -n 10 "$out/fuzz-csv" -max_total_time="${1:-600}" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/csv.dict" -artifact_prefix="$out/" -print_final_stats=1 \
    "$out/corpus" "$here/corpus"
