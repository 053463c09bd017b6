#!/usr/bin/env bash
# Fuzzes the response log's record decoder (one line → ResponseRecord or
# RecordDecodingError) and its write/decode round trip with libFuzzer and
# AddressSanitizer. Only the record sources of SurveyStore (and the calendar
# and expression values of SurveyModel they use) are compiled: the decoder
# needs no files.
# Usage: bench/fuzz/records/run.sh [seconds]   (default 600)
# New inputs go to a scratch corpus, crashes to its parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../modules.sh"
out="${TMPDIR:-/tmp}/survey-fuzz/records"
mkdir -p "$out/corpus"
log="$fuzz_root/Sources/SurveyStore/Log"
fuzz_module "$out" StrictJSON
# Timestamp needs SurveyModel's CalendarDate, which needs the expression values.
model="$fuzz_root/Sources/SurveyModel"
fuzz_module "$out" Suggestions
mapfile -t model_sources < <(find "$model/Expressions" -name '*.swift' | sort)
fuzz_module "$out" SurveyModel "$model"/Definition/CalendarDate*.swift "${model_sources[@]}"
fuzz_module "$out" SurveyStore "$log/ResponseRecord.swift" "$log/ResponseRecord+Coding.swift" "$log/Timestamp.swift"
fuzz_link "$out" "$out/fuzz-records" "$here/FuzzRecords.swift" SurveyStore SurveyModel Suggestions StrictJSON
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
nice -n 10 "$out/fuzz-records" -max_total_time="${1:-600}" -max_len=2048 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/records.dict" -artifact_prefix="$out/" -print_final_stats=1 \
    "$out/corpus" "$here/corpus"
