#!/usr/bin/env bash
# Measures loading at national scale: `libcoop validate`, `libcoop libraries --json` and
# `libcoop staff zhang --limit 20` (load, index, search) on generated
# datasets of 60,000 and 1,000,000 staff, side by side with jq selecting the staff names from the
# same file. Prints wall time and peak RSS (from /usr/bin/time -v) and libcoop/jq ratios.
# Usage: scripts/bench-load.sh [output-directory]   (default: bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
mkdir -p "$out"
missing=()
command -v jq >/dev/null || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
swift build -c release --product libcoop >&2
bin=$(swift build -c release --show-bin-path)/libcoop

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$out/time.txt" || { echo "$label failed" >&2; cat "$out/time.txt" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); if (length(t) == 3) print t[1]*3600 + t[2]*60 + t[3]; else print t[1]*60 + t[2]}' "$out/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time.txt")
  echo "$wall $rss"
}

printf '%-8s %-32s %9s %9s %12s %12s\n' staff command "wall s" "RSS MiB" "wall vs jq" "RSS vs jq"
for staff in 60000 1000000; do
  file="$out/staff-$staff.json"
  [ -f "$file" ] || "$bin" generate --libraries 3300 --staff "$staff" --seed 1 --output "$file"
  read -r jq_wall jq_rss < <(measure jq jq -r '.staff[].name' "$file")
  for cmd in "validate" "libraries --json" "staff zhang --limit 20"; do
    # shellcheck disable=SC2086
    read -r wall rss < <(measure "$cmd" "$bin" $cmd --data "$file")
    printf '%-8s %-32s %9.2f %9d %12s %12s\n' "$staff" "libcoop $cmd" "$wall" "$rss" \
      "$(awk -v a="$wall" -v b="$jq_wall" 'BEGIN {printf "%.2f", a / b}')" \
      "$(awk -v a="$rss" -v b="$jq_rss" 'BEGIN {printf "%.2f", a / b}')"
  done
  printf '%-8s %-32s %9.2f %9d %12s %12s\n' "$staff" "jq -r '.staff[].name'" "$jq_wall" "$jq_rss" 1.00 1.00
  ls -l "$file" | awk -v s="$staff" '{printf "%-8s file size %.0f MB\n", s, $5 / 1e6}'
done
