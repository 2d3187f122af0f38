#!/usr/bin/env bash
# Configures and builds WorksMap in Release into build/ (ccache, -j2 by default).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WORKSMAP_BUILD_DIR:-$root/build}"
jobs="${WORKSMAP_JOBS:-2}"
# Paths under the checkout are hashed relative to it, so a second clone reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j "$jobs"
