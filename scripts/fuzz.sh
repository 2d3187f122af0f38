#!/usr/bin/env bash
# Runs a libFuzzer target of tests/fuzz for SECONDS on a copy of its seed corpus.
#   scripts/fuzz.sh [--merge] TARGET SECONDS    TARGET: dms, filter, project, … (fuzz_<TARGET>)
#   scripts/fuzz.sh [--merge] all SECONDS       each target in turn, SECONDS each
# Builds build-fuzz/ (clang, WORKSMAP_FUZZ=ON, ccache) when needed. New inputs stay in a
# scratch directory unless --merge is given, which merges them (minimised) into
# tests/fuzz/corpus/TARGET. A crash prints the reproducer's path, kept under
# build-fuzz/fuzz-crashes/TARGET/; replay it with `build-fuzz/tests/fuzz/fuzz_TARGET FILE`.
# Exit status: 0 when no target crashed, 1 otherwise, 2 for a usage error.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WORKSMAP_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${WORKSMAP_JOBS:-2}"
fuzzdir="$root/tests/fuzz"

usage() { echo "usage: scripts/fuzz.sh [--merge] TARGET|all SECONDS" >&2; exit 2; }
merge=0
if [ "${1:-}" = --merge ]; then merge=1; shift; fi
[ $# -eq 2 ] || usage
target="$1"
seconds="$2"
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

all_targets() {
  for f in "$fuzzdir"/fuzz_*.cpp; do basename "$f" .cpp | sed 's/^fuzz_//'; done
}
if [ "$target" = all ]; then
  targets=$(all_targets)
else
  [ -f "$fuzzdir/fuzz_$target.cpp" ] || { echo "fuzz: no target '$target' (have: $(all_targets | tr '\n' ' '))" >&2; exit 2; }
  targets="$target"
fi

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  # -O1 without NDEBUG: quicker to compile than Release's -O3, and assertions stay on.
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O1 \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DWORKSMAP_FUZZ=ON -DWORKSMAP_BUILD_TESTS=OFF -DWORKSMAP_BUILD_BENCH=OFF >/dev/null
fi
scratch="$(mktemp -d "${TMPDIR:-/tmp}/worksmap-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
build_targets=()
for t in $targets; do build_targets+=(--target "fuzz_$t"); done
if ! cmake --build "$build" -j "$jobs" "${build_targets[@]}" >"$scratch/build.log" 2>&1; then
  cat "$scratch/build.log" >&2
  exit 1
fi
export ASAN_OPTIONS="suppressions=$root/tests/sanitizer/asan.supp"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

failed=0
for t in $targets; do
  exe="$build/tests/fuzz/fuzz_$t"
  corpus="$scratch/$t/corpus"
  crashes="$build/fuzz-crashes/$t"
  mkdir -p "$corpus" "$scratch/$t/tmp" "$crashes"
  rm -f "$crashes/last.log"
  if [ -d "$fuzzdir/corpus/$t" ]; then cp -r "$fuzzdir/corpus/$t/." "$corpus/"; fi
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$crashes/")
  [ -f "$fuzzdir/$t.dict" ] && args+=(-dict="$fuzzdir/$t.dict")
  log="$scratch/$t/log"
  status=0
  started=$(date +%s)
  # The target's temporary files (fuzz_support.h) go to the scratch directory too.
  TMPDIR="$scratch/$t/tmp" "$exe" "${args[@]}" "$corpus" >"$log" 2>&1 || status=$?
  elapsed=$(($(date +%s) - started))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END{print s+0}')
  echo "fuzz: $t: ${elapsed} s, ${execs:-?} execs, ${rate:-?} execs/s, corpus $files files / $bytes bytes"
  if [ "$status" != 0 ]; then
    failed=1
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: |.*runtime error)' "$log" | head -20 >&2 || true
    reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    cp "$log" "$crashes/last.log"
    echo "fuzz: $t CRASHED (exit $status); reproducer: ${reproducer:-none written}; log: $crashes/last.log" >&2
    continue
  fi
  if [ "$merge" = 1 ]; then
    mkdir -p "$fuzzdir/corpus/$t"
    TMPDIR="$scratch/$t/tmp" "$exe" -merge=1 -timeout=10 "$fuzzdir/corpus/$t" "$corpus" \
      >"$scratch/$t/merge.log" 2>&1
    echo "fuzz: $t: merged into tests/fuzz/corpus/$t ($(find "$fuzzdir/corpus/$t" -type f | wc -l) files)"
  fi
done
exit "$failed"
