#!/usr/bin/env bash
# Fuzzes the e-mail message writer (addresses, encoded words, folding,
# quoted-printable, MIME structure) with libFuzzer and AddressSanitizer.
# Usage: bench/fuzz/mail/run.sh [seconds]   (default 600)
# New inputs go to a scratch corpus, crashes to its parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../modules.sh"
out="${TMPDIR:-/tmp}/survey-fuzz/mail"
mkdir -p "$out/corpus"
fuzz_module "$out" InternetMessage
fuzz_link "$out" "$out/fuzz-mail" "$here/FuzzMailMessage.swift" InternetMessage
[ -z "${FUZZ_BUILD_ONLY:-}" ] || exit 0 # set by .ci/build-benches: build the harness, do not fuzz
nice -n 10 "$out/fuzz-mail" -max_total_time="${1:-600}" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/mail.dict" -artifact_prefix="$out/" -print_final_stats=1 "$out/corpus" "$here/corpus"
