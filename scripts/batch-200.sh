#!/usr/bin/env bash
# The long batch check of issue 5: 200 generated briefs with --jobs 2 (first run builds all, the
# second skips all in a small fraction of the time, shards cover the batch exactly, kill -9 leaves
# only complete PDFs). Usage: scripts/batch-200.sh [BUILD_DIR] (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
BRIEFING_BATCH_SIZE=200 BRIEFING_KILL_AFTER=5 \
  python3 tests/e2e/batch.py "$build/briefing" "$PWD"
