#!/usr/bin/env bash
# Staff search at national scale: index build time and memory, query latency (p50/p99) by kind and
# length, search-as-you-type with and without reusing the previous result, and fzf --filter and jq
# over the same names, as a Markdown report on standard output.
# Usage: scripts/bench-search.sh [libcoop-bench-search options]   (see --help; default 1,000,000 staff)
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v fzf >/dev/null || missing+=(fzf)
command -v jq >/dev/null || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
swift build -c release --product libcoop-bench-search >&2
exec "$(swift build -c release --show-bin-path)/libcoop-bench-search" "$@"
