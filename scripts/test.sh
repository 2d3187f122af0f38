#!/usr/bin/env bash
# README command two: install what is missing, build, run the whole test suite with ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "${WORKSMAP_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j "${WORKSMAP_JOBS:-2}" --timeout 600
