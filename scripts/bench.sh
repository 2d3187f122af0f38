#!/bin/bash
# One command for the city-scale figures: builds (Release), installs QGIS for the side
# by side if asked (--with-qgis), then runs bench/compare.py, which prints WorksMap and
# QGIS side by side and writes bench/results/<date>-<commit>.json.
#
#   scripts/bench.sh [--with-qgis] [--runs N] [--no-qgis]
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
for a in "$@"; do
    if [ "$a" = "--with-qgis" ]; then
        if ! python3 -c "import qgis.core" 2>/dev/null || ! command -v qgis_process >/dev/null; then
            sudo_cmd=""
            [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
            $sudo_cmd apt-get update -q
            DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q python3-qgis qgis qgis-providers
        fi
    else
        args+=("$a")
    fi
done
scripts/build.sh
exec python3 bench/compare.py "${args[@]}"
