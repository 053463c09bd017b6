#!/usr/bin/env bash
# Builds the JSON benchmark in release mode and runs it.
# Usage: bench/json/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --scratch-path "${TMPDIR:-/tmp}/survey-bench-json" >/dev/null
"${TMPDIR:-/tmp}/survey-bench-json/release/json-bench" "$@"
