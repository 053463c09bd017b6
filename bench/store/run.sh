#!/usr/bin/env bash
# Builds the store benchmark in release mode and runs it.
# Usage: bench/store/run.sh appends [records] [writers] [rounds]
#        bench/store/run.sh read [records] [rounds]
#        bench/store/run.sh drafts-write DIRECTORY [count] [kilobytes]
#        bench/store/run.sh drafts-open DIRECTORY   (memory after opening a log of drafts)
# appends and read write to a fresh folder under ${TMPDIR:-/tmp} (same disk as
# the project here) and remove it afterwards; the drafts modes keep DIRECTORY,
# so that drafts-open can read what drafts-write left (a relative DIRECTORY is
# taken from where the script is called).
set -euo pipefail
if [[ "${1:-}" == drafts-* && -n "${2:-}" ]]; then
    set -- "$1" "$(realpath -m "$2")" "${@:3}"
fi
cd "$(dirname "$0")"
swift build -c release --scratch-path "${TMPDIR:-/tmp}/survey-bench-store" >/dev/null
"${TMPDIR:-/tmp}/survey-bench-store/release/store-bench" "$@"
