#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz, then runs each for a bounded time from its committed
# seed corpus (tests/fuzz/corpus/TARGET/). New inputs go to build-fuzz/corpus/TARGET, so the
# committed seeds never change; a crash leaves its input in build-fuzz/ and fails the script.
# The targets' files and caches stay in build-fuzz (scratch/, cache/), never in /tmp or ~/.cache.
#   FUZZ_SECONDS  time per target (default 60)     FUZZ_TARGETS  which (default: all seven)
#   FUZZ_SEED     libFuzzer's seed (default 1, so that CI repeats the same search; 0 = random)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
seed=${FUZZ_SEED:-1}
targets=${FUZZ_TARGETS:-"parse article facts layout chart font shapes image"}
export BRIEFING_CACHE_DIR="$PWD/build-fuzz/cache"
if ! command -v clang++ >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang
fi
sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBRIEFING_FUZZ=ON -DBRIEFING_STATIC_LIBS=OFF \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_C_FLAGS="$sanitize" -DCMAKE_CXX_FLAGS="$sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
for target in $targets; do
  cmake --build build-fuzz -j "$(nproc)" --target "fuzz_$target"
done
for target in $targets; do
  mkdir -p "build-fuzz/corpus/$target"
  echo "fuzz_$target: ${seconds} s"
  (cd build-fuzz && "./tests/fuzz/fuzz_$target" -max_total_time="$seconds" -seed="$seed" -max_len=65536 \
    -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    "corpus/$target" "../tests/fuzz/corpus/$target")
done
