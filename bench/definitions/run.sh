#!/usr/bin/env bash
# Builds the model benchmark in release mode and runs it.
# Usage: bench/definitions/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --scratch-path "${TMPDIR:-/tmp}/survey-bench-definitions" >/dev/null
"${TMPDIR:-/tmp}/survey-bench-definitions/release/definitions-bench" "$@"
