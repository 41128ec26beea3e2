#!/usr/bin/env bash
# Removes what scripts/install.sh installed under a prefix, as its manifest
# (PREFIX/share/libcoop/install-manifest) lists it: the files, then the folders the installation
# created, if they are empty. A file changed since it was installed is kept, and said so.
# Usage: scripts/uninstall.sh [--prefix DIR]   (default: ~/.local)
set -euo pipefail
usage() { echo "usage: scripts/uninstall.sh [--prefix DIR]   (default: ~/.local)" >&2; exit 64; }
prefix="$HOME/.local"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || usage; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
prefix=${prefix%/}
manifest="$prefix/share/libcoop/install-manifest"
[ -f "$manifest" ] || { echo "uninstall: no libcoop installation in $prefix (no $manifest)" >&2; exit 66; }

kept=0
dirs=(); prefix_parts=()
while IFS=$'\t' read -r kind sum path; do
  case "$kind" in
    file)
      target="$prefix/$path"
      [ -e "$target" ] || [ -L "$target" ] || continue
      if [ -f "$target" ] && [ ! -L "$target" ] && [ "$(sha256sum < "$target" | cut -d' ' -f1)" = "$sum" ]; then
        rm -f -- "$target"
      else
        echo "uninstall: kept $target: it changed since it was installed" >&2
        kept=1
      fi ;;
    dir) dirs+=("$path") ;;
    prefix) prefix_parts+=("$path") ;;
  esac
done < <(grep -v '^#' "$manifest")
rm -f -- "$manifest"
# Deepest folders first; rmdir leaves any that hold something else.
while IFS= read -r dir; do
  [ -n "$dir" ] && rmdir -- "$prefix/$dir" 2>/dev/null || true
done < <(printf '%s\n' "${dirs[@]}" | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-)
for part in "${prefix_parts[@]}"; do rmdir -- "$part" 2>/dev/null || true; done
echo "uninstalled libcoop from $prefix"
exit "$kept"
