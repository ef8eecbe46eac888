#!/usr/bin/env bash
# Sets up (installs what is missing, builds) and renders the sample briefing; prints the PDF's path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
out="$PWD/out/vietnam-china-2025.pdf"
build/briefing build briefs/vietnam-china-2025 -o "$out"
