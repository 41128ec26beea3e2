#!/usr/bin/env bash
# Installs what libcoop's build and tests need and a fresh machine may lack: the ncursesw headers,
# tmux (end-to-end tests), zlib (xlsx), python's jsonschema (the independent schema check) and
# openpyxl (an independent .xlsx reader and writer, for the import and export tests), and for the
# installation tests (scripts/test-install.sh) man-db, binutils (strip, objdump) and col.
# Idempotent: installs nothing that is already present.
set -euo pipefail
missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncursesw5-dev)
command -v tmux >/dev/null || missing+=(tmux)
command -v pkg-config >/dev/null || missing+=(pkg-config)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)  # ZIPFoundation (xlsx) links zlib
command -v script >/dev/null || missing+=(bsdutils)  # CLI tests run commands on a pseudo-terminal
command -v man >/dev/null || missing+=(man-db)       # the installed man page must render
command -v strip >/dev/null && command -v objdump >/dev/null || missing+=(binutils)  # install.sh, package.sh
command -v col >/dev/null || missing+=(bsdextrautils)  # man's output read as plain text
command -v dpkg-deb >/dev/null || missing+=(dpkg)    # package.sh
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "setup: installing python jsonschema" >&2
  python3 -m pip install --quiet jsonschema
fi
if ! python3 -c 'import openpyxl' 2>/dev/null; then
  echo "setup: installing python openpyxl" >&2
  python3 -m pip install --quiet openpyxl || echo "setup: openpyxl not installed; the openpyxl workbook tests will fail" >&2
fi
