#!/usr/bin/env bash
# Installs the Debian packages WorksMap needs, skipping those already present.
# Usage: scripts/install-deps.sh            (run as root, or with sudo available)
set -euo pipefail

packages=(
  cmake g++ make ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev
  libqcustomplot-dev fonts-wqy-microhei
  libgtest-dev libbenchmark-dev xvfb xauth poppler-utils
  clang libclang-rt-dev
  libpq-dev postgresql-15 postgresql-15-postgis-3 postgresql-15-pgrouting
  libglpk-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
