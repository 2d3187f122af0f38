#!/usr/bin/env bash
# README command one: install what is missing, build, run WorksMap on the bundled demo.
# With a display: the desktop window with the Xingtai 2021 demo project open.
# Without one: the demo's outputs are written to out/demo/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${WORKSMAP_BUILD_DIR:-$root/build}"
project="$root/data/xingtai-2021/xingtai-2021.worksmap.json"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${WORKSMAP_HEADLESS:-0}" != 1 ]; then
  exec "$build/src/worksmap" "$project"
fi

out="$root/out/demo"
mkdir -p "$out"
"$build/src/worksmap-cli" info "$project" > "$out/info.txt"
"$build/src/worksmap-cli" info --json "$project" > "$out/info.json"
# The report set: overview map (PDF, PNG), a map per works layer, the county atlas,
# charts and the coverage tables of the demo rules.
"$build/src/worksmap-cli" report "$project" --out "$out" > "$out/report.txt"
# Coverage per county and per township as text; exit 1 only says that some rules fail.
"$build/src/worksmap-cli" check "$project" --out "$out/check-county" > "$out/check-county.txt" || [ $? -eq 1 ]
"$build/src/worksmap-cli" check "$project" --level township --out "$out/check-township" \
  > "$out/check-township.txt" || [ $? -eq 1 ]
echo "No display found: wrote the demo's outputs to $out"
ls -1 "$out" | sed 's/^/  /'
