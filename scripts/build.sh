#!/usr/bin/env bash
# Configures and builds WorksMap in Release into build/ (ccache, -j2 by default).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WORKSMAP_BUILD_DIR:-$root/build}"
jobs="${WORKSMAP_JOBS:-2}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j "$jobs"
