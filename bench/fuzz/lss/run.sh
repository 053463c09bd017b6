#!/usr/bin/env bash
# Fuzzes the LimeSurvey converter (XML reader, both table layouts, type
# mapping, relevance translation) with libFuzzer and AddressSanitizer.
# Usage: bench/fuzz/lss/run.sh [seconds]   (default 600)
# New inputs go to a scratch corpus, crashes to its parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../modules.sh"
out="${TMPDIR:-/tmp}/survey-fuzz/lss"
mkdir -p "$out/corpus"
fuzz_shared_modules StrictJSON Suggestions SurveyModel SurveyConversion
fuzz_link "$fuzz_shared" "$out/fuzz-lss" "$here/FuzzLimeSurvey.swift" SurveyConversion SurveyModel Suggestions StrictJSON
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
nice -n 10 "$out/fuzz-lss" -max_total_time="${1:-600}" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/lss.dict" -artifact_prefix="$out/" -print_final_stats=1 \
    "$out/corpus" "$here/corpus" "$fuzz_root/Tests/SurveyConversionTests/Fixtures/limesurvey"
