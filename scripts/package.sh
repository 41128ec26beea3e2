#!/usr/bin/env bash
# Makes what a server admin installs, in dist/ (or the folder given with --output DIR):
#   libcoop_VERSION_ARCH.deb              files under /usr, man page gzipped; Depends: the system
#                                         libraries the binary loads (ldd), by their Debian packages
#   libcoop-VERSION-linux-ARCH.tar.gz     the prefix layout of scripts/install.sh in libcoop-VERSION/:
#                                         tar -xzf FILE --strip-components=1 -C /usr/local
# Both hold the release binary with the Swift standard library linked statically, stripped: the
# target machine needs no Swift. Needs dpkg-deb (dpkg) and dpkg -S (a Debian-based build machine).
# Usage: scripts/package.sh [--output DIR]
set -euo pipefail
usage() { echo "usage: scripts/package.sh [--output DIR]" >&2; exit 64; }
cd "$(dirname "$0")/.."
output=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --output) [ $# -ge 2 ] || usage; output=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) usage ;;
  esac
done
mkdir -p "$output"
work=$(mktemp -d "${TMPDIR:-/tmp}/libcoop-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
bash scripts/stage.sh "$work/stage"
version=$("$work/stage/bin/libcoop" --version)
arch=$(dpkg --print-architecture)
# Reproducible archives: every file's time is the last commit's.
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)

# The tarball: the prefix layout as it is.
tarname="libcoop-$version"
mv "$work/stage" "$work/$tarname"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$work" -czf "$output/$tarname-linux-$arch.tar.gz" "$tarname"

# The .deb: the same files under /usr, laid out as Debian's shells look for them.
root="$work/deb"
mkdir -p "$root/usr" "$root/DEBIAN"
cp -a "$work/$tarname/." "$root/usr/"
gzip -9n "$root/usr/share/man/man1/libcoop.1"
mkdir -p "$root/usr/share/zsh/vendor-completions"
mv "$root/usr/share/zsh/site-functions/_libcoop" "$root/usr/share/zsh/vendor-completions/_libcoop"
rmdir "$root/usr/share/zsh/site-functions"

# Depends: the package of every library ldd shows (never the dynamic loader's own entry), libc6 at
# the newest glibc symbol version the binary uses.
package_of() {
  local path=$1 candidate owner
  for candidate in "$path" "$(readlink -f "$path")" "${path#/usr}" "/usr$path"; do
    owner=$(dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1) && [ -n "$owner" ] && { echo "$owner"; return; }
  done
  echo "package: no Debian package owns $path" >&2
  exit 70
}
packages=()
while read -r library; do
  packages+=("$(package_of "$library")")
done < <(ldd "$root/usr/bin/libcoop" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }')
glibc=$(objdump -T "$root/usr/bin/libcoop" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
depends=$(printf '%s\n' "${packages[@]}" | sort -u | sed "s/^libc6\$/libc6 (>= $glibc)/" | paste -sd, | sed 's/,/, /g')
if printf '%s\n' "${packages[@]}" | grep -q '^swift'; then echo "package: the binary loads the Swift toolchain" >&2; exit 70; fi

cat > "$root/DEBIAN/control" <<CONTROL
Package: libcoop
Version: $version
Architecture: $arch
Maintainer: libcoop developers <libcoop@example.invalid>
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: terminal browser for city-district library cooperation records
 Browse and query the records of cooperation between a city library and its
 district libraries: staff, floors and spaces, joint programs, linkage events.
 Includes a sample dataset (Nanjing's Jinling and Yuhuatai libraries), a man
 page and completions for bash, zsh and fish.
CONTROL
find "$root" -exec touch -h -d "@$epoch" {} +
dpkg-deb --root-owner-group -Zxz --build "$root" "$output/libcoop_${version}_${arch}.deb" >/dev/null
echo "$output/libcoop_${version}_${arch}.deb  (Depends: $depends)"
echo "$output/$tarname-linux-$arch.tar.gz"
