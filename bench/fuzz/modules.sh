# Shared by the fuzzers' run.sh scripts (sourced, not run): builds product
# modules as instrumented static libraries and links a libFuzzer harness
# against them. Each module keeps its own name, so the sources' `import`
# lines and `package` access work unchanged.
#
# Leak detection stays off everywhere: Swift's lazily initialised globals look
# like leaks at exit. Swift's own backtracer is off too: under AddressSanitizer
# it takes minutes to report a crash that libFuzzer reports at once.

fuzz_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fuzz_flags=(-O -wmo -sanitize=fuzzer,address -parse-as-library -package-name survey)
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

# Whole product modules (all of Sources/NAME) are built into $fuzz_shared
# once for every fuzzer that needs them, and again only when a source file,
# this script or the compiler changed. A fuzzer that builds a module from some
# of its sources does so into a folder of its own under $TMPDIR/survey-fuzz/:
# a module and a library built from other sources or with other flags into
# the same folder link without complaint and crash inside swift_release at
# run time. (Two fuzzers built at the same moment would share the folder
# unsafely; .ci/build-benches builds them one after another.)
fuzz_shared="${TMPDIR:-/tmp}/survey-fuzz/modules"

# fuzz_module OUT NAME [SOURCES...]: compiles Sources/NAME (or the given
# sources) into OUT/libNAME.a and OUT/NAME.swiftmodule.
fuzz_module() {
    local out="$1" name="$2"
    shift 2
    local sources=("$@")
    if [ ${#sources[@]} -eq 0 ]; then
        mapfile -t sources < <(find "$fuzz_root/Sources/$name" -name '*.swift' | sort)
    fi
    nice -n 10 swiftc "${fuzz_flags[@]}" -I "$out" -module-name "$name" \
        -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -emit-library -static -o "$out/lib$name.a" "${sources[@]}"
}

# fuzz_shared_modules NAMES...: the whole modules NAMES in $fuzz_shared, built
# there unless the folder holds them already for the same sources (list
# dependencies before their users).
fuzz_shared_modules() {
    local fingerprint name
    fingerprint="$({ find "$fuzz_root/Sources" -name '*.swift' -print0 | sort -z | xargs -0 cat
        cat "${BASH_SOURCE[0]}"; swiftc --version 2>&1; } | sha256sum)"
    if [ "$(cat "$fuzz_shared/fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
        rm -rf "$fuzz_shared"
        mkdir -p "$fuzz_shared"
        echo "$fingerprint" >"$fuzz_shared/fingerprint"
    fi
    for name in "$@"; do
        [ -f "$fuzz_shared/lib$name.a" ] || fuzz_module "$fuzz_shared" "$name"
    done
}

# fuzz_link MODULES EXECUTABLE HARNESS NAMES...: links the harness file into
# the program EXECUTABLE (a path) with the modules that fuzz_module built in
# the folder MODULES (list dependencies after their users).
fuzz_link() {
    local modules="$1" executable="$2" harness="$3" name
    shift 3
    local libraries=()
    for name in "$@"; do libraries+=("-l$name"); done
    name="$(basename "$executable")"
    nice -n 10 swiftc "${fuzz_flags[@]}" -I "$modules" -L "$modules" -module-name "${name//-/_}" \
        "$harness" "${libraries[@]}" -use-ld=lld -o "$executable"
}
