#!/bin/sh
# Builds the expression fuzzer (release, libFuzzer + AddressSanitizer) and runs
# it. Usage: bench/fuzz/expressions/run.sh [seconds]  (default 300).
# corpus/ holds the seed inputs; inputs found while fuzzing go to .build/corpus
# and crashes to .build/crashes/. Leak detection is off because Swift's lazily
# initialised globals look like leaks at exit.
set -eu
cd "$(dirname "$0")"
seconds="${1:-300}"
nice -n 10 swift build -c release
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
mkdir -p .build/corpus .build/crashes
ASAN_OPTIONS=detect_leaks=0 exec nice -n 10 ./.build/release/ExpressionFuzz \
    -detect_leaks=0 -max_len=512 -timeout=10 -max_total_time="$seconds" \
    -artifact_prefix=.build/crashes/ -print_final_stats=1 \
    .build/corpus corpus
