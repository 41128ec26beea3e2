#!/usr/bin/env bash
# The browser's responsiveness: time to first frame on the bundled sample, then on a generated
# dataset of 1,000,000 staff the time from each kind of key to its finished frame (p50/p99).
# Usage: scripts/bench-browser.sh [output-directory]   (default: bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
mkdir -p "$out"
swift build -c release --product libcoop >&2
swift build -c release --product libcoop-bench-browser >&2
bin=$(swift build -c release --show-bin-path)
"$bin/libcoop-bench-browser"
file="$out/staff-1000000.json"
[ -f "$file" ] || "$bin/libcoop" generate --libraries 3300 --staff 1000000 --seed 1 --output "$file"
"$bin/libcoop-bench-browser" --data "$file" --repeats 100
