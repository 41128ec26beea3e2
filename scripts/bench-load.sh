#!/usr/bin/env bash
# Measures loading at national scale: `libcoop validate`, `libcoop libraries --json` and
# `libcoop staff zhang --limit 20` (load, index, search) on generated
# datasets of 60,000 and 1,000,000 staff, side by side with jq selecting the staff names from the
# same file. Prints wall time and peak RSS (from /usr/bin/time -v) and libcoop/jq ratios. Each
# command runs RUNS times (default 3), interleaved with the others, and the fastest run counts:
# on a shared machine the minimum is the figure least disturbed by other work.
# BASELINE=path/to/another/libcoop adds that binary's figures for the same commands, measured
# interleaved with this build's (the "baseline" rows), to compare two versions side by side.
# Usage: [RUNS=N] [BASELINE=binary] scripts/bench-load.sh [output-directory]   (default: bench-out/)
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

runs=${RUNS:-3}
baseline=${BASELINE:-}
measure() { # label, command... → "wall-seconds rss-MiB" of one run
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$out/time.txt" || { echo "$label failed" >&2; cat "$out/time.txt" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); if (length(t) == 3) print t[1]*3600 + t[2]*60 + t[3]; else print t[1]*60 + t[2]}' "$out/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time.txt")
  echo "$wall $rss"
}
fastest() { # "wall rss" lines → the smallest wall and the largest RSS
  awk 'NR == 1 || $1 < w {w = $1} $2 > r {r = $2} END {print w, r}'
}

printf '%-8s %-32s %9s %9s %12s %12s\n' staff command "wall s" "RSS MiB" "wall vs jq" "RSS vs jq"
for staff in 60000 1000000; do
  file="$out/staff-$staff.json"
  [ -f "$file" ] || "$bin" generate --libraries 3300 --staff "$staff" --seed 1 --output "$file"
  commands=("validate" "libraries --json" "staff zhang --limit 20")
  declare -A results=()
  for ((run = 0; run < runs; run++)); do
    results[jq]+="$(measure jq jq -r '.staff[].name' "$file")"$'\n'
    for cmd in "${commands[@]}"; do
      # shellcheck disable=SC2086
      results[$cmd]+="$(measure "$cmd" "$bin" $cmd --data "$file")"$'\n'
      if [ -n "$baseline" ]; then
        # shellcheck disable=SC2086
        results[baseline $cmd]+="$(measure "baseline $cmd" "$baseline" $cmd --data "$file")"$'\n'
      fi
    done
  done
  read -r jq_wall jq_rss < <(printf '%s' "${results[jq]}" | fastest)
  rows=("${commands[@]}")
  if [ -n "$baseline" ]; then for cmd in "${commands[@]}"; do rows+=("baseline $cmd"); done; fi
  for cmd in "${rows[@]}"; do
    read -r wall rss < <(printf '%s' "${results[$cmd]}" | fastest)
    label="libcoop $cmd"; [[ $cmd == baseline* ]] && label=$cmd
    printf '%-8s %-32s %9.2f %9d %12s %12s\n' "$staff" "$label" "$wall" "$rss" \
      "$(awk -v a="$wall" -v b="$jq_wall" 'BEGIN {printf "%.2f", a / b}')" \
      "$(awk -v a="$rss" -v b="$jq_rss" 'BEGIN {printf "%.2f", a / b}')"
  done
  printf '%-8s %-32s %9.2f %9d %12s %12s\n' "$staff" "jq -r '.staff[].name'" "$jq_wall" "$jq_rss" 1.00 1.00
  ls -l "$file" | awk -v s="$staff" '{printf "%-8s file size %.0f MB\n", s, $5 / 1e6}'
done
