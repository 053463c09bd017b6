#!/usr/bin/env bash
# Fuzzes the survey definition loader and linter (Survey.load(bytes:file:))
# with libFuzzer and AddressSanitizer.
# Usage: bench/fuzz/definitions/run.sh [seconds]   (default 600)
# Seeds: the shipped surveys and the invalid fixtures of the model's tests.
# New inputs go to a scratch corpus, crashes to its parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../modules.sh"
out="${TMPDIR:-/tmp}/survey-fuzz/definitions"
mkdir -p "$out/corpus"
fuzz_shared_modules StrictJSON Suggestions SurveyModel
fuzz_link "$fuzz_shared" "$out/fuzz-definitions" "$here/FuzzDefinitions.swift" SurveyModel Suggestions StrictJSON
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
nice -n 10 "$out/fuzz-definitions" -max_total_time="${1:-600}" -max_len=36000 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/definitions.dict" -artifact_prefix="$out/" -print_final_stats=1 \
    "$out/corpus" "$fuzz_root/surveys" "$fuzz_root/Tests/SurveyModelTests/Fixtures/invalid"
