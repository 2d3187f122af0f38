#!/usr/bin/env bash
# README command two: install what is missing, build, run the whole test suite with ctest,
# then run each fuzz target for 30 s on its corpus (scripts/fuzz.sh all 30; skipped when
# WORKSMAP_SKIP_FUZZ=1).
#   scripts/test.sh --sanitize   the same suite built with ASan+UBSan in build-asan/ instead
#                                (no fuzzing; the fuzz targets carry both sanitizers anyway)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sanitize=0
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
  esac
done
jobs="${WORKSMAP_JOBS:-2}"
"$root/scripts/install-deps.sh"

# A throw-away PostgreSQL/PostGIS server for tests/postgis: a temporary folder, a private
# port on 127.0.0.1, stopped and removed on the way out whatever happens (trap).
pgdir="$(mktemp -d /tmp/worksmap-pg.XXXXXX)"
trap '"$root/scripts/pg-cluster.sh" stop "$pgdir"' EXIT
server="$("$root/scripts/pg-cluster.sh" start "$pgdir")"
psql "$server" -qc "CREATE DATABASE worksmap_test" >/dev/null
export WORKSMAP_TEST_PG="${server/dbname=postgres/dbname=worksmap_test}"
psql "$WORKSMAP_TEST_PG" -qc "CREATE EXTENSION postgis" >/dev/null
# The tests fail rather than skip when this server is missing.
export WORKSMAP_REQUIRE_PG=1
echo "test.sh: PostgreSQL/PostGIS test server at $WORKSMAP_TEST_PG"

if [ "$sanitize" = 1 ]; then
  build="${WORKSMAP_ASAN_BUILD_DIR:-$root/build-asan}"
  # Set before building: the build runs each test program to list its tests.
  # Leaks are reported except in the third-party libraries the suppression file names.
  export ASAN_OPTIONS="detect_leaks=1:suppressions=$root/tests/sanitizer/asan.supp"
  export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  WORKSMAP_BUILD_DIR="$build" "$root/scripts/build.sh" -DWORKSMAP_SANITIZE=ON \
    -DWORKSMAP_BUILD_BENCH=OFF
  (cd "$build" && ctest --output-on-failure -j "$jobs" --timeout 1200)
  exit 0
fi

"$root/scripts/build.sh"
(cd "${WORKSMAP_BUILD_DIR:-$root/build}" && ctest --output-on-failure -j "$jobs" --timeout 600)
if [ "${WORKSMAP_SKIP_FUZZ:-0}" != 1 ]; then
  "$root/scripts/fuzz.sh" all "${WORKSMAP_FUZZ_SECONDS:-30}"
fi
