#!/usr/bin/env bash
# Sets up (installs what is missing, builds) and runs every test: unit and end-to-end tests on
# the release build, the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer,
# the unit and end-to-end tests built with ThreadSanitizer (tests/CMakeLists.txt passes it
# tests/tsan.supp), and a bounded run of each libFuzzer target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/check-format.sh
jobs=$(nproc)
ctest --test-dir build --output-on-failure -j "$jobs"

BUILD_DIR=build-asan BUILD_TYPE=Debug CMAKE_ARGS="-DBRIEFING_SANITIZE=ON" bash scripts/setup.sh
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

BUILD_DIR=build-tsan BUILD_TYPE=Debug CMAKE_ARGS="-DBRIEFING_TSAN=ON" bash scripts/setup.sh
ctest --test-dir build-tsan --output-on-failure -j "$jobs"

# libFuzzer targets (clang, ASan+UBSan) for a bounded time each, from the committed seed corpus.
FUZZ_SECONDS=${FUZZ_SECONDS:-60} bash scripts/fuzz.sh
