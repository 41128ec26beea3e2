#!/usr/bin/env bash
# Builds libcoop (release, Swift standard library linked statically) and installs it under a prefix:
#   PREFIX/bin/libcoop
#   PREFIX/share/libcoop/nanjing.json, schema.json      (the binary finds them from its own path)
#   PREFIX/share/man/man1/libcoop.1
#   PREFIX/share/bash-completion/completions/libcoop, PREFIX/share/zsh/site-functions/_libcoop,
#   PREFIX/share/fish/vendor_completions.d/libcoop.fish
#   PREFIX/share/libcoop/install-manifest               what was installed, for uninstall.sh
# Usage: scripts/install.sh [--prefix DIR]   (default: ~/.local)
set -euo pipefail
usage() { echo "usage: scripts/install.sh [--prefix DIR]   (default: ~/.local)" >&2; exit 64; }
prefix="$HOME/.local"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || usage; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage ;;
  esac
done
[ -n "$prefix" ] || usage
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
prefix=${prefix%/}
cd "$(dirname "$0")/.."

stage=$(mktemp -d "${TMPDIR:-/tmp}/libcoop-stage.XXXXXX")
trap 'rm -rf "$stage"' EXIT
bash scripts/stage.sh "$stage/root"

manifest_path=share/libcoop/install-manifest
old_manifest="$prefix/$manifest_path"
# Folders this installation creates (or an earlier one created: a reinstall keeps that record), so
# uninstall.sh removes them again when they are empty, and never one that was there before.
created_dirs=()
if [ -f "$old_manifest" ]; then
  while IFS=$'\t' read -r kind _ path; do
    [ "$kind" = dir ] && created_dirs+=("$path")
  done < "$old_manifest"
fi
while IFS= read -r dir; do
  relative=${dir#"$stage/root"}; relative=${relative#/}
  [ -n "$relative" ] || continue
  [ -d "$prefix/$relative" ] || created_dirs+=("$relative")
done < <(find "$stage/root" -type d | sort)
path="$prefix"; missing_prefix_parts=()
while [ ! -d "$path" ]; do missing_prefix_parts+=("$path"); path=$(dirname "$path"); done

mkdir -p "$prefix"
entries=()
while IFS= read -r file; do
  relative=${file#"$stage/root/"}
  install -D -m "$(stat -c %a "$file")" "$file" "$prefix/$relative"
  entries+=("file	$(sha256sum < "$file" | cut -d' ' -f1)	$relative")
done < <(find "$stage/root" -type f | sort)

{
  echo "# libcoop install manifest: scripts/uninstall.sh --prefix $prefix removes exactly these."
  printf '%s\n' "${entries[@]}"
  printf '%s\n' "${created_dirs[@]}" | sort -u | sed '/^$/d' | awk '{ print "dir\t-\t" $0 }'
  for part in "${missing_prefix_parts[@]}"; do printf 'prefix\t-\t%s\n' "$part"; done
} > "$stage/manifest"
install -m 644 "$stage/manifest" "$old_manifest"

echo "installed libcoop $("$prefix/bin/libcoop" --version) in $prefix"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
echo "man page: man libcoop (MANPATH may need $prefix/share/man); completions: bash, zsh, fish under $prefix/share"
