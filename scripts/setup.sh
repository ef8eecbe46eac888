#!/usr/bin/env bash
# Installs every Debian 12 package the build, the sample and the tests need, then configures and
# builds. Safe to run again: apt skips what is present and CMake rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config
  libhpdf-dev libpng-dev zlib1g-dev libcairo2-dev libpugixml-dev libcli11-dev catch2
  librsvg2-dev libjpeg-dev  # <image>: SVG (opened with dlopen), JPEG painted with Cairo
  libfreetype-dev libicu-dev libhyphen-dev hyphen-en-us libharfbuzz-dev libdeflate-dev
  nettle-dev  # SHA-256 of pinned articles (briefing pin)
  libbsd-dev  # the Release build links Cairo's X11 chain statically (CMakeLists.txt)
  fonts-noto-core fonts-noto-cjk fonts-hanazono fonts-droid-fallback
  poppler-utils qpdf python3 mupdf-tools python3-pikepdf  # the PDF checkers of the tests
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_type=${BUILD_TYPE:-Release}
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
