#!/usr/bin/env bash
# The benchmark of issue 7, in one command (as root on Debian 12, from a checkout with ../shared
# beside it):
#
#   bash bench/run.sh
#
# 1. scripts/setup.sh: the project's Debian packages, a Release build in build/ (reused when
#    up to date); the peers' setup.sh (Typst 0.14 in typst-ts via npm, ReportLab via apt);
#    GNU time, poppler-utils and qpdf; bench/timeit.c compiled into bench/work/;
# 2. the workload as briefs of this project: make_brief.py at 1×, 10× and 100× (bench/work/);
# 3. measure.py: builds and checks every version, times them side by side, scale and batch
#    figures; prints markdown tables and writes them to bench/results/latest.md.
#
# Environment: BENCH_RUNS (counted rounds, default 11, at least 5), BENCH_SCALE_RUNS (default 3),
# BENCH_BATCH_SIZE (default 200), BENCH_BATCH_RUNS (default 1), BENCH_BUILD_DIR (default build/),
# BENCH_SKIP_SETUP=1 (no installs and no rebuild: reuse what is there), BENCH_SKIP_SCALE=1,
# BENCH_SKIP_BATCH=1, BENCH_BASELINE (a previous briefing binary, timed beside this one as
# "previous"), BENCH_BASELINE_BRIEF (the brief folder the previous binary builds instead of
# work/brief-1x, when the brief format changed between the two: made by that version's own
# make_brief.py). Exit status 1 when a PDF's structure differs from the workload's.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
build=${BENCH_BUILD_DIR:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
work=$bench/work
mkdir -p "$work"
log=$work/setup.log
: >"$log"

step() { printf 'bench: %s\n' "$*" >&2; }
quietly() {  # runs a set-up step with its output in work/setup.log; shows it on failure
  if ! "$@" >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    step "FAILED: $* (full output in ${log#$root/})"
    exit 1
  fi
}

if [ "${BENCH_SKIP_SETUP:-0}" != 1 ]; then
  step "scripts/setup.sh: Debian packages and a Release build in ${build#$root/}/"
  quietly env BUILD_DIR="$build" BUILD_TYPE=Release bash "$root/scripts/setup.sh"
  step "peers: typst-ts (npm) and reportlab (apt)"
  quietly sh "$bench/peers/typst-ts/setup.sh"
  quietly sh "$bench/peers/reportlab/setup.sh"
  missing=()
  for p in time poppler-utils qpdf; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    quietly apt-get update -qq
    quietly env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
fi
[ -x "$build/briefing" ] || { step "no $build/briefing: run without BENCH_SKIP_SETUP=1"; exit 1; }
# Timed as a copy, as an installed program is: the file the linker wrote is held in the page
# cache in larger pieces, which the kernel maps whole, so the same bytes run from it show ~3 MiB
# more peak RSS than from a copy (measured: 19.7 against 16.8 MiB, identical files).
binary=$work/briefing
cp "$build/briefing" "$binary"
grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" ||
  { step "$build is not a Release build"; exit 1; }
cc -O2 -Wall -Wextra -Werror -o "$work/timeit" "$bench/timeit.c"

# The workload: bench/workload.json is the kit's (../shared/bench/workload.json). Where the
# articles are beside the checkout, prepare.py must still make exactly that file.
if [ -d "$root/../shared/articles" ]; then
  python3 "$bench/prepare.py" "$root/../shared/articles" "$work/workload.json" >/dev/null
  if cmp -s "$work/workload.json" "$bench/workload.json"; then
    step "prepare.py reproduces workload.json"
  else
    step "WARNING: prepare.py on ../shared/articles no longer gives bench/workload.json"
  fi
fi
rm -rf "$work/cache"  # the hyphenation cache of the "ours" runs starts empty
step "generating the workload briefs (1×, 10×, 100×)"
for n in 1 10 100; do
  rm -rf "$work/brief-${n}x"
  python3 "$bench/make_brief.py" "$bench/workload.json" "$work/brief-${n}x" --scale "$n"
done
rm -rf "$work/brief-1x-logo"
python3 "$bench/make_brief.py" "$bench/workload.json" "$work/brief-1x-logo" \
  --logo "$root/layouts/images/office-logo.png"

args=(--binary "$binary" --timeit "$work/timeit" --runs "${BENCH_RUNS:-11}"
      --scale-runs "${BENCH_SCALE_RUNS:-3}" --batch-size "${BENCH_BATCH_SIZE:-200}"
      --batch-runs "${BENCH_BATCH_RUNS:-1}" --out "$bench/results/latest.md")
[ "${BENCH_SKIP_SCALE:-0}" = 1 ] && args+=(--skip-scale)
[ "${BENCH_SKIP_BATCH:-0}" = 1 ] && args+=(--skip-batch)
[ -n "${BENCH_BASELINE:-}" ] && args+=(--baseline "$BENCH_BASELINE")
[ -n "${BENCH_BASELINE_BRIEF:-}" ] && args+=(--baseline-brief "$BENCH_BASELINE_BRIEF")
cd "$bench"
exec python3 "$bench/measure.py" "${args[@]}"
