#!/usr/bin/env bash
# Sets up (installs what is missing, builds) and runs every test: unit and end-to-end tests on
# the release build, then the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/check-format.sh
jobs=$(nproc)
ctest --test-dir build --output-on-failure -j "$jobs"

BUILD_DIR=build-asan BUILD_TYPE=Debug CMAKE_ARGS="-DBRIEFING_SANITIZE=ON" bash scripts/setup.sh
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"
