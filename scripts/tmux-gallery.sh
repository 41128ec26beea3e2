#!/usr/bin/env bash
# Runs libcoop-gallery in a detached tmux window of the given size, sends keys, prints the screen.
#   scripts/tmux-gallery.sh [WIDTHxHEIGHT] [tmux key names...]
#   scripts/tmux-gallery.sh 40x12 Down Down Tab
# Uses a private tmux server (-L) that is killed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-80x24}"; shift || true
width="${size%x*}"; height="${size#*x}"
swift build --product libcoop-gallery >&2
gallery="$(swift build --show-bin-path)/libcoop-gallery"
socket="libcoop-demo-$$"
tmux_() { env -u NO_COLOR tmux -u -f /dev/null -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true' EXIT
tmux_ new-session -d -x "$width" -y "$height" "$gallery" </dev/null >/dev/null 2>&1
# Wait (up to 10 s) for the first screen.
for _ in $(seq 100); do
  tmux_ capture-pane -p | grep -q '图书馆' && break
  sleep 0.1
done
for key in "$@"; do tmux_ send-keys "$key"; sleep 0.1; done
tmux_ capture-pane -p
