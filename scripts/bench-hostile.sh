#!/usr/bin/env bash
# Measures `libcoop validate` on the hostile case of many people sharing one id, all on one
# minified line: Tests/Fixtures/valid/minimal.json with its staff replaced by N copies of the
# first person (as HostileDatasetTests generates it, which runs 100,000 in the debug build).
# Prints wall time and peak RSS (from /usr/bin/time -v) for the text report and for --json, and
# checks that every problem was reported (exit 65, one line per problem).
# Usage: scripts/bench-hostile.sh [count...]   (default: 100000 1000000; files go to bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench-out
mkdir -p "$out"
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
swift build -c release --product libcoop >&2
bin=$(swift build -c release --show-bin-path)/libcoop
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)

printf '%-9s %-22s %8s %9s %10s\n' people command "wall s" "RSS MiB" problems
for count in "${counts[@]}"; do
  file="$out/colliding-$count.json"
  [ -f "$file" ] || python3 - "$count" "$file" <<'PY'
import json, sys
count, path = int(sys.argv[1]), sys.argv[2]
dataset = json.load(open("Tests/Fixtures/valid/minimal.json", encoding="utf-8"))
person = json.dumps(dataset["staff"][0], ensure_ascii=False, separators=(",", ":"))
dataset["staff"] = []
text = json.dumps(dataset, ensure_ascii=False, separators=(",", ":"))
text = text.replace('"staff":[]', '"staff":[' + ",".join([person] * count) + "]")
open(path, "w", encoding="utf-8").write(text)
PY
  for json in "" "--json"; do
    status=0
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out/time.txt" "$bin" validate $json "$file" >"$out/report.txt" 2>&1 || status=$?
    [ "$status" -eq 65 ] || { echo "expected exit 65, got $status" >&2; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); if (length(t) == 3) print t[1]*3600 + t[2]*60 + t[3]; else print t[1]*60 + t[2]}' "$out/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/time.txt")
    if [ -z "$json" ]; then problems=$(($(wc -l <"$out/report.txt") - 1)); else problems=$(grep -c '"code" :' "$out/report.txt"); fi
    printf '%-9s %-22s %8.2f %9d %10d\n' "$count" "validate $json" "$wall" "$rss" "$problems"
  done
done
rm -f "$out/time.txt" "$out/report.txt"
