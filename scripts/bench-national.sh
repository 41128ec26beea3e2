#!/usr/bin/env bash
# National scale as a user meets it (issue 17): the real release binary started in tmux on the
# national dataset (`libcoop generate --libraries 3300 --staff 60000 --seed 1`), timed from launch
# to its first drawn browser frame by polling the pane, with its peak RSS once the background
# indexing is done and its CPU while idle for 10 s (from /proc/PID/stat). In the same run, on the
# same file: VisiData (`vd -b FILE -o OUT.tsv`: load, write, exit) and `jq -r '.staff[].name'`,
# with ratios; one-shot `libcoop staff 张伟 --limit 20`; then the same for 1,000,000 staff; then the
# key latencies (update + view per key, `libcoop-bench-browser`) on the national dataset.
# libcoop is timed both ways a user meets it: with its dataset cache holding a snapshot of the
# file (every start after the first, the usual case) and without one (`--no-cache`: the first
# start, or the first after the file changed); the cache is a folder of this run's own.
# Every measurement runs RUNS times (default 5), interleaved, and the median is shown.
# Usage: [RUNS=N] [SKIP_MILLION=1] [SKIP_VISIDATA=1] scripts/bench-national.sh [output-directory]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
mkdir -p "$out"
runs=${RUNS:-5}
missing=()
command -v jq >/dev/null || missing+=(jq)
command -v tmux >/dev/null || missing+=(tmux)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -z "${SKIP_VISIDATA:-}" ] && ! command -v vd >/dev/null; then
  python3 -m pip install --quiet visidata >&2 || { echo "could not install visidata; SKIP_VISIDATA=1 to go without" >&2; exit 1; }
fi
swift build -c release --product libcoop >&2
swift build -c release --product libcoop-bench-browser >&2
bindir=$(swift build -c release --show-bin-path)
bin="$bindir/libcoop"
socket="libcoop-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT

now_ms() { date +%s%3N; }
median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "nan"}'; }

export XDG_CACHE_HOME="$out/cache"
rm -rf "$XDG_CACHE_HOME"

# first_frame FILE [ARGUMENTS…] → "seconds-to-browser-frame peak-RSS-MiB idle-CPU-ticks" (idle only when IDLE=1)
first_frame() {
  local file=$1 start pid ready rss idle=""
  shift
  tmux -L "$socket" kill-server 2>/dev/null || true
  rm -f "$out/launch-ms"
  # The pane's shell notes the time and execs libcoop: the pane's process is libcoop itself.
  tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 \
    "date +%s%3N > '$out/launch-ms'; exec '$bin' --lang en --data '$file' $*"
  # The tab bar's last tab is drawn only by the browser, never by the loading screen.
  until tmux -L "$socket" capture-pane -p 2>/dev/null | grep -q "Linkage"; do :; done
  ready=$(now_ms)
  start=$(cat "$out/launch-ms")
  pid=$(tmux -L "$socket" display -p '#{pane_pid}')
  # Background indexing: wait until `/` answers a search, then read the peak.
  tmux -L "$socket" send-keys / z h a n g
  until tmux -L "$socket" capture-pane -p | grep -q "Find staff ·"; do sleep 0.02; done
  tmux -L "$socket" send-keys Escape
  rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  if [ "${IDLE:-}" = 1 ]; then
    sleep 1
    local before after
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 10
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    idle=$((after - before))
  fi
  tmux -L "$socket" send-keys q
  tmux -L "$socket" kill-server 2>/dev/null || true
  echo "$(awk -v a="$ready" -v b="$start" 'BEGIN {printf "%.3f", (a - b) / 1000}') $rss $idle"
}

# timed COMMAND... → "seconds peak-RSS-MiB"
timed() {
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" \
    || { echo "failed: $*" >&2; cat "$out/stderr.txt" >&2; exit 1; }
  awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$out/time.txt"
}

echo "# National scale ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "binary: $bin ($(git rev-parse --short HEAD 2>/dev/null || echo unknown)); $runs runs of each, interleaved; medians"
echo
for staff in 60000 1000000; do
  [ "$staff" = 1000000 ] && [ -n "${SKIP_MILLION:-}" ] && continue
  file="$out/staff-$staff.json"
  [ -f "$file" ] || "$bin" generate --libraries 3300 --staff "$staff" --seed 1 --output "$file"
  declare -A values=()
  # Keep the file's snapshot, as the first start does.
  "$bin" staff 张伟 --limit 1 --data "$file" >/dev/null
  for ((run = 0; run < runs; run++)); do
    idle_check=0; [ "$run" = 0 ] && idle_check=1
    read -r frame rss idle < <(IDLE=$idle_check first_frame "$file")
    values[frame]+="$frame"$'\n'; values[frame_rss]+="$rss"$'\n'
    [ -n "$idle" ] && values[idle]=$idle
    read -r cold rss _ < <(first_frame "$file" --no-cache)
    values[cold]+="$cold"$'\n'; values[cold_rss]+="$rss"$'\n'
    read -r wall rss < <(timed "$bin" staff 张伟 --limit 20 --data "$file")
    values[staff]+="$wall"$'\n'; values[staff_rss]+="$rss"$'\n'
    read -r wall rss < <(timed "$bin" staff 张伟 --limit 20 --data "$file" --no-cache)
    values[cold_staff]+="$wall"$'\n'; values[cold_staff_rss]+="$rss"$'\n'
    read -r wall rss < <(timed jq -r '.staff[].name' "$file")
    values[jq]+="$wall"$'\n'; values[jq_rss]+="$rss"$'\n'
    if [ -z "${SKIP_VISIDATA:-}" ] && [ "$staff" = 60000 ]; then
      read -r wall rss < <(timed vd -b "$file" -o "$out/vd-out.tsv")
      values[vd]+="$wall"$'\n'; values[vd_rss]+="$rss"$'\n'
    fi
  done
  m() { printf '%s' "${values[$1]:-}" | median; }
  frame=$(m frame); jq_wall=$(m jq)
  echo "## $staff staff, $(ls -l "$file" | awk '{printf "%.1f MB", $5 / 1e6}') ($file)"
  echo
  echo "| what | median s | peak RSS MiB | time ÷ libcoop first frame |"
  echo "|---|---|---|---|"
  echo "| libcoop browser in tmux, launch → first drawn frame (RSS after background indexing) | $frame | $(m frame_rss) | 1.00 |"
  echo "| the same with --no-cache (a first start) | $(m cold) | $(m cold_rss) | $(ratio "$(m cold)" "$frame") |"
  echo "| libcoop staff 张伟 --limit 20 (one-shot) | $(m staff) | $(m staff_rss) | $(ratio "$(m staff)" "$frame") |"
  echo "| the same with --no-cache | $(m cold_staff) | $(m cold_staff_rss) | $(ratio "$(m cold_staff)" "$frame") |"
  echo "| jq -r '.staff[].name' | $jq_wall | $(m jq_rss) | $(ratio "$jq_wall" "$frame") |"
  if [ -n "${values[vd]:-}" ]; then
    echo "| VisiData $(vd --version 2>/dev/null | head -1 | awk '{print $2}') vd -b FILE -o OUT.tsv | $(m vd) | $(m vd_rss) | $(ratio "$(m vd)" "$frame") |"
  fi
  echo
  echo "idle CPU of the browser over 10 s after indexing: ${values[idle]:-?} ticks of $(getconf CLK_TCK) per second"
  echo
  unset values
done

national="$out/staff-60000.json"
echo "## In process on the national dataset (libcoop-bench-browser: first frame by step; update + view per key, 120×40)"
echo
"$bindir/libcoop-bench-browser" --data "$national" --repeats 200 --cache "$XDG_CACHE_HOME/libcoop" | sed -n '/## Time to first frame/,$p' | sed 's/^## /### /'
echo
echo "### Without the cache: time to first frame"
echo
"$bindir/libcoop-bench-browser" --data "$national" --repeats 1 | sed -n '/^| step/,/^$/p'
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
