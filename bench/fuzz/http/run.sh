#!/usr/bin/env bash
# Builds the parser fuzzer with libFuzzer and AddressSanitizer and runs it.
# Usage: bench/fuzz/http/run.sh [seconds]   (default 600)
# The parser sources are compiled straight into the fuzzer, because the
# product package exposes no library product to depend on.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${XDG_CACHE_HOME:-$HOME/.cache}/survey-bench/fuzz-http"
mkdir -p "$build" "$here/corpus"
src="$root/Sources/HTTPServer"
nice -n 10 swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name HTTPServer \
    "$src"/Parsing/*.swift "$src/Message/HTTPStatus.swift" "$src/Message/HTTPHeaders.swift" \
    "$src/Forms/URLEncodedForm.swift" "$src/Forms/PercentDecoding.swift" "$src/Forms/PercentEncoding.swift" \
    "$src/Forms/FormDecodingError.swift" \
    "$here/FuzzParser.swift" -o "$build/fuzz-http"
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
seconds="${1:-600}"
# New inputs go to a scratch corpus; the checked-in seeds stay small.
mkdir -p "$build/corpus"
nice -n 10 "$build/fuzz-http" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="$build/" "$build/corpus" "$here/corpus"
