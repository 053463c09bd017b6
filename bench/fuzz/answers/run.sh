#!/usr/bin/env bash
# Fuzzes answers (form input, stored JSON, whole stored responses) and
# Survey.validate against surveys/digitale-bildung.json with libFuzzer and
# AddressSanitizer. The input format is described in FuzzAnswers.swift.
# Usage: bench/fuzz/answers/run.sh [seconds]   (default 600)
# New inputs go to a scratch corpus, crashes to its parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../modules.sh"
out="${TMPDIR:-/tmp}/survey-fuzz/answers"
mkdir -p "$out/corpus"
fuzz_shared_modules StrictJSON Suggestions SurveyModel
fuzz_link "$fuzz_shared" "$out/fuzz-answers" "$here/FuzzAnswers.swift" SurveyModel Suggestions StrictJSON
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
SURVEY_FUZZ_DEFINITION="$fuzz_root/surveys/digitale-bildung.json" \
    nice -n 10 "$out/fuzz-answers" -max_total_time="${1:-600}" -max_len=1024 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/answers.dict" -artifact_prefix="$out/" -print_final_stats=1 \
    "$out/corpus" "$here/corpus"
