#!/usr/bin/env bash
# Builds the store benchmark in release mode and runs it.
# Usage: bench/store/run.sh appends [records] [writers] [rounds]
#        bench/store/run.sh read [records] [rounds]
#        bench/store/run.sh drafts-write DIRECTORY [count] [kilobytes]
#        bench/store/run.sh drafts-open DIRECTORY   (memory after opening a log of drafts)
# Files go to a fresh folder under ${TMPDIR:-/tmp} (same disk as the project
# here) and are removed afterwards.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --scratch-path "${TMPDIR:-/tmp}/survey-bench-store" >/dev/null
"${TMPDIR:-/tmp}/survey-bench-store/release/store-bench" "$@"
