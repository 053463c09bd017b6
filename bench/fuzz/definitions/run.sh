#!/usr/bin/env bash
# Fuzzes the survey definition loader (parse, lint, expression checks) with
# libFuzzer and AddressSanitizer. The model's dependencies are built as static
# libraries first, so the package manifest stays free of fuzzing flags.
# Usage: bench/fuzz/definitions/run.sh [seconds]   (default 300)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
out="${TMPDIR:-/tmp}/survey-fuzz-definitions"
flags=(-O -sanitize=fuzzer,address -parse-as-library -package-name survey)
mkdir -p "$out/corpus" "$out/crashes"
for module in StrictJSON Suggestions; do
    swiftc "${flags[@]}" -emit-library -static -emit-module -module-name "$module" \
        -emit-module-path "$out/$module.swiftmodule" "$root/Sources/$module"/*.swift -o "$out/lib$module.a"
done
swiftc "${flags[@]}" -module-name SurveyModel -I "$out" -L "$out" -lStrictJSON -lSuggestions \
    $(find "$root/Sources/SurveyModel" -name '*.swift') "$here/FuzzDefinitions.swift" -o "$out/fuzz-definitions"
# Seeds: the broken definitions of the test suite; keys and words of the format as a dictionary.
ASAN_OPTIONS=detect_leaks=0 nice -n 10 "$out/fuzz-definitions" -max_total_time="${1:-300}" -max_len=4096 \
    -timeout=10 -dict="$here/definitions.dict" -artifact_prefix="$out/crashes/" -print_final_stats=1 \
    "$out/corpus" "$root/Tests/SurveyModelTests/Fixtures/invalid"
