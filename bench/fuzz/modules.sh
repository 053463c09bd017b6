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

# Each run.sh builds into a folder of its own under $TMPDIR/survey-fuzz/: a
# module and a library built with other flags into the same folder link
# without complaint and crash inside swift_release at run time.

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

# fuzz_link OUT EXECUTABLE HARNESS MODULES...: links the harness file with the
# modules built by fuzz_module (list dependencies after their users).
fuzz_link() {
    local out="$1" executable="$2" harness="$3"
    shift 3
    local libraries=()
    for name in "$@"; do libraries+=("-l$name"); done
    nice -n 10 swiftc "${fuzz_flags[@]}" -I "$out" -L "$out" -module-name "${executable//-/_}" \
        "$harness" "${libraries[@]}" -use-ld=lld -o "$out/$executable"
}
