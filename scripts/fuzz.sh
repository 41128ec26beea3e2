#!/usr/bin/env bash
# Fuzzes the dataset loader, the validator and staff search with libFuzzer for SECONDS (default 60).
#
#   bash scripts/fuzz.sh [SECONDS]
#
# Builds Sources/LibcoopSearch as a module of its own, then Fuzz/LoaderFuzzer together with
# Sources/LibcoopCore into one sanitised binary linked with it, optimised as the shipped release
# build is (-O, Swift's exclusivity checks on: Package.swift sets no flags) (swiftc
# -sanitize=fuzzer,address; it needs only the Swift toolchain, which ships libFuzzer and ASan, so it
# installs nothing) in .build-fuzz/, never touching the package's own build. It then
# fuzzes a temporary copy of Fuzz/corpus/ (the committed seeds stay as they are) with
# Fuzz/loader.dict. Exits 0 when nothing went wrong; on a crash, a timeout or running out of
# memory it prints the report and exits non-zero, leaving the input in .build-fuzz/crashes/.
#
# Environment: FUZZ_MAX_LEN (bytes, default 65536), FUZZ_TIMEOUT (seconds per input, default 5),
# FUZZ_RSS_MB (default 2048), FUZZ_KEEP_CORPUS=1 keeps the grown corpus and prints where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
case $seconds in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac
max_len=${FUZZ_MAX_LEN:-65536}
per_input_timeout=${FUZZ_TIMEOUT:-5}
rss_mb=${FUZZ_RSS_MB:-2048}

out=$root/.build-fuzz
binary=$out/loader-fuzzer
crashes=$out/crashes
mkdir -p "$out" "$crashes"

command -v swiftc >/dev/null || { echo "fuzz: swiftc not found (install the Swift 6 toolchain)" >&2; exit 2; }

# --- build (skipped when the binary is newer than every input) --------------------------------
mapfile -t search_sources < <(find Sources/LibcoopSearch -name '*.swift' | LC_ALL=C sort)
mapfile -t sources < <(find Sources/LibcoopCore -name '*.swift' | LC_ALL=C sort)
target=Fuzz/LoaderFuzzer/LoaderFuzzer.swift
stale=1
if [ -x "$binary" ] && [ -z "$(find "${search_sources[@]}" "${sources[@]}" "$target" scripts/fuzz.sh -newer "$binary" -print -quit)" ]; then
  stale=0
fi
if [ "$stale" -eq 1 ]; then
  echo "fuzz: building $binary (${#search_sources[@]} search sources, ${#sources[@]} core sources + $target)" >&2
  build_start=$SECONDS
  threads=(-num-threads "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)")
  linker=()
  # lld is in the Swift toolchain on Linux and avoids gold's warnings about ASan's symbols.
  if [ "$(uname -s)" = Linux ] && command -v ld.lld >/dev/null; then linker=(-use-ld=lld); fi
  # Run from $out: with -g, swiftc leaves module files in the current directory. The search
  # engine is a module of its own (LibcoopCore imports it), built first as a static library.
  (cd "$out" && swiftc -sanitize=fuzzer,address -parse-as-library -O -g -wmo "${threads[@]}" \
    -module-name LibcoopSearch -emit-module -emit-library -static "${search_sources[@]/#/$root/}" \
    -o "$out/libLibcoopSearch.a")
  (cd "$out" && swiftc -sanitize=fuzzer,address -parse-as-library -O -g -wmo "${threads[@]}" "${linker[@]}" \
    -I "$out" -L "$out" -lLibcoopSearch \
    -module-name LoaderFuzzer "${sources[@]/#/$root/}" "$root/$target" -o "$binary.tmp")
  mv "$binary.tmp" "$binary"
  echo "fuzz: built in $((SECONDS - build_start)) s" >&2
fi

# --- run -----------------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/libcoop-fuzz.XXXXXX")
if [ "${FUZZ_KEEP_CORPUS:-0}" = 1 ]; then
  trap 'echo "fuzz: grown corpus kept in $work/corpus" >&2' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/corpus" "$work/artifacts"
cp Fuzz/corpus/* "$work/corpus/"
log=$out/last-run.log
echo "fuzz: running for ${seconds} s on a copy of Fuzz/corpus ($(ls Fuzz/corpus | wc -l) seeds), log in $log" >&2

# The Swift runtime's own backtracer would take the crash signal (and can wait for a debugger);
# off, libFuzzer's handler reports it and saves the input. Leaks are not crashes: not checked.
set +e
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:symbolize=1} \
  "$binary" "$work/corpus" \
  -dict=Fuzz/loader.dict \
  -max_total_time="$seconds" -max_len="$max_len" -timeout="$per_input_timeout" \
  -rss_limit_mb="$rss_mb" -malloc_limit_mb="$rss_mb" -detect_leaks=0 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 -reload=0 \
  >"$log" 2>&1 &
fuzzer=$!
# Progress: libFuzzer's "pulse" lines (at 2^n executions), and the end.
tail -n +1 --pid=$fuzzer -f "$log" 2>/dev/null | grep --line-buffered -E '#[0-9]+[[:space:]]+(pulse|INITED|DONE)' &
watcher=$!
wait "$fuzzer"
status=$?
wait "$watcher" 2>/dev/null
set -e

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
if [ -z "$runs" ]; then
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
fi
echo "fuzz: ${runs:-?} executions in ${seconds} s (${rate:-?} exec/s), corpus $(ls "$work/corpus" | wc -l) inputs"

found=$(find "$work/artifacts" -type f | sort)
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
  echo "fuzz: FAILED (libFuzzer exit status $status); report:" >&2
  grep -n -E 'ERROR: |SUMMARY: |runtime failure|Fatal error|^ +#[0-9]+ ' "$log" | head -n 60 >&2 || true
  for file in $found; do
    kept=$crashes/$(basename "$file")
    cp "$file" "$kept"
    echo "fuzz: input kept in $kept ($(wc -c <"$kept") bytes)" >&2
    echo "fuzz: replay:   SWIFT_BACKTRACE=enable=no $binary $kept" >&2
    echo "fuzz: minimise: SWIFT_BACKTRACE=enable=no $binary -minimize_crash=1 -max_total_time=60 -exact_artifact_path=$kept.min $kept" >&2
  done
  echo "fuzz: full log in $log" >&2
  exit 1
fi
echo "fuzz: no crashes"
