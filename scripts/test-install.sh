#!/usr/bin/env bash
# Tests the installation as a user meets it (docs/TESTING.md, "Installation tests"):
# install.sh into a temporary prefix, the installed program used from outside the source tree
# (its sample, its man page, bash completion of real values, no Swift toolchain loaded), then
# uninstall.sh leaving the prefix as it was. As root (CI), also the .deb: dpkg -i, run from / with
# a clean environment, man libcoop, dpkg -r leaving nothing behind. One static release build
# (.build-release) serves every step. LIBCOOP_SKIP_INSTALL_TESTS=1 skips them.
set -euo pipefail
cd "$(dirname "$0")/.."
source_tree=$PWD
if [ "${LIBCOOP_SKIP_INSTALL_TESTS:-}" = 1 ]; then echo "install tests: skipped (LIBCOOP_SKIP_INSTALL_TESTS=1)"; exit 0; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/libcoop-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ $# -lt 2 ] || printf '%s\n' "$2" | sed 's/^/     /' | head -n 40; }
check() { # check NAME OUTPUT PATTERN: OUTPUT holds a line matching the extended regex PATTERN
  if printf '%s\n' "$2" | grep -Eq -- "$3"; then pass "$1"; else fail "$1 (expected /$3/)" "$2"; fi
}
listing() { (cd "$1" && find . -mindepth 1 -printf '%M %p\n' | sort); }

# A prefix that already holds someone else's files: uninstall must leave them, and their folders.
prefix="$work/prefix"
mkdir -p "$prefix/bin" "$prefix/share/man/man1"
echo '#!/bin/sh' > "$prefix/bin/other-tool"
echo 'other' > "$prefix/share/man/man1/other-tool.1"
before=$(listing "$prefix")

bash scripts/install.sh --prefix "$prefix" > "$work/install.log" 2>&1 || { cat "$work/install.log"; fail "install.sh --prefix"; exit 1; }
pass "install.sh --prefix $prefix"

cd "$work"   # from here on, outside the source tree
unset LIBCOOP_DATA

output=$("$prefix/bin/libcoop" libraries 2>"$work/stderr") || true
check "PREFIX/bin/libcoop libraries reads the sample" "$output" '雨花台区图书馆'
if [ ! -s "$work/stderr" ]; then pass "the installed program prints nothing on standard error"; else fail "the installed program prints nothing on standard error" "$(cat "$work/stderr")"; fi
output=$("$prefix/bin/libcoop" validate 2>&1) || true
check "the sample read is the installed one" "$output" "^$prefix/share/libcoop/nanjing.json: valid"
output=$(PATH="$prefix/bin:/usr/bin:/bin" libcoop validate 2>&1) || true
check "libcoop found on PATH finds PREFIX/share/libcoop" "$output" "^$prefix/share/libcoop/nanjing.json: valid"
output=$("$prefix/bin/libcoop" staff 張慶文 2>&1) || true
check "ICU transforms work in the static binary (staff 張慶文)" "$output" '张庆文'

output=$(ldd "$prefix/bin/libcoop" 2>&1)
if printf '%s\n' "$output" | grep -Eq '/opt/swift|libswift|libFoundation|libicu|libdispatch|not found'; then
  fail "ldd shows nothing from the Swift toolchain" "$output"
else
  pass "ldd shows nothing from the Swift toolchain"
fi

output=$(MANWIDTH=80 MANPAGER=cat man -l "$prefix/share/man/man1/libcoop.1" 2>&1 | col -b) || true
check "man -l PREFIX/share/man/man1/libcoop.1 renders its name" "$output" '^NAME'
check "the man page describes the subcommands" "$output" 'floors'

for shell in bash zsh fish; do
  case $shell in
    bash) file=share/bash-completion/completions/libcoop ;;
    zsh) file=share/zsh/site-functions/_libcoop ;;
    fish) file=share/fish/vendor_completions.d/libcoop.fish ;;
  esac
  if [ -s "$prefix/$file" ]; then pass "$shell completion installed in PREFIX/$file"; else fail "$shell completion in PREFIX/$file"; fi
done

# bash completion, driven as bash drives it: COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT and the
# function the script registers with `complete`, on the program found on PATH.
complete_words() { # complete_words WORD… (the last one is being completed)
  PATH="$prefix/bin:/usr/bin:/bin" bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    function=$(complete -p libcoop | sed -E "s/.*-F ([^ ]+).*/\1/")
    "$function" libcoop "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' completion "$prefix/share/bash-completion/completions/libcoop" "$@" 2>&1
}
output=$(complete_words libcoop floors yu)
check "bash: libcoop floors yu<TAB> offers yuhuatai" "$output" '^yuhuatai$'
output=$(complete_words libcoop floors 雨)
check "bash: libcoop floors 雨<TAB> offers the Chinese name" "$output" '^雨花台区图书馆$'
output=$(complete_words libcoop programs --library J)
check "bash: libcoop programs --library J<TAB> offers the English name" "$output" '^Jinling Library$'
output=$(complete_words libcoop browse --lang '')
check "bash: --lang <TAB> offers zh and en" "$(printf '%s\n' "$output" | sort | paste -sd' ')" '^en zh$'
output=$(complete_words libcoop browse --open st)
check "bash: --open st<TAB> offers the kind staff:" "$output" '^staff:$'
output=$(complete_words libcoop edit staff:zhang)
check "bash: edit staff:zhang<TAB> offers staff ids (words split as without : in COMP_WORDBREAKS)" "$output" '^staff:zhangqingwen$'
output=$(complete_words libcoop floors --data "$source_tree/data/nanjing.json" ji)
check "bash: completion reads the --data file on the line" "$output" '^jinling$'
sed 's/"Yuhuatai District Library"/"Yuhuatai $(touch pwned) `touch pwned2`"/' "$source_tree/data/nanjing.json" > "$work/hostile.json"
output=$(LIBCOOP_DATA="$work/hostile.json" complete_words libcoop floors '')
if [ ! -e "$work/pwned" ] && [ ! -e "$work/pwned2" ] && ! printf '%s\n' "$output" | grep -q touch \
  && printf '%s\n' "$output" | grep -qx yuhuatai; then
  pass "bash: a name holding \$(…) or \`…\` is never run, nor offered"
else
  fail "bash: a name holding \$(…) or \`…\` is never run, nor offered" "$output"
fi
output=$(LIBCOOP_DATA=/nonexistent.json complete_words libcoop floors yu)
if [ -z "$output" ]; then pass "bash: an unreadable dataset completes nothing, quietly"; else fail "bash: an unreadable dataset completes nothing" "$output"; fi

cd "$source_tree"
bash scripts/uninstall.sh --prefix "$prefix" > "$work/uninstall.log" 2>&1 || { cat "$work/uninstall.log"; fail "uninstall.sh"; }
after=$(listing "$prefix")
if [ "$before" = "$after" ]; then pass "uninstall leaves the prefix as it was"; else fail "uninstall leaves the prefix as it was" "$(diff <(echo "$before") <(echo "$after"))"; fi

# A prefix that did not exist: install creates it, uninstall removes every folder it created.
fresh="$work/fresh/deeper"
bash scripts/install.sh --prefix "$fresh" > "$work/install2.log" 2>&1 || { cat "$work/install2.log"; fail "install.sh into a new prefix"; }
bash scripts/uninstall.sh --prefix "$fresh" > "$work/uninstall2.log" 2>&1 || { cat "$work/uninstall2.log"; fail "uninstall.sh of a new prefix"; }
if [ ! -e "$work/fresh" ]; then pass "uninstall removes the prefix folders install created"; else fail "uninstall removes the prefix folders install created" "$(find "$work/fresh")"; fi

if [ "$(id -u)" -eq 0 ] && command -v dpkg >/dev/null; then
  package_status() { dpkg-query -W -f='${db:Status-Status}' libcoop 2>/dev/null || true; }
  if [ "$(package_status)" = installed ]; then
    echo "skip the .deb test: a libcoop package is already installed on this machine"
  else
    bash scripts/package.sh --output "$work/dist" > "$work/package.log" 2>&1 || { cat "$work/package.log"; fail "package.sh"; exit 1; }
    deb=$(ls "$work"/dist/libcoop_*.deb)
    pass "package.sh made $(basename "$deb") and $(basename "$(ls "$work"/dist/*.tar.gz)")"
    depends=$(dpkg-deb -f "$deb" Depends)
    check "the .deb depends on ncursesw and glibc, computed from ldd" "$depends" 'libncursesw6.*|libc6 \(>= [0-9.]+\)'
    if printf '%s\n' "$depends" | grep -qi swift; then fail "the .deb depends on nothing from Swift" "$depends"; else pass "the .deb depends on nothing from Swift"; fi
    check "the man page is gzipped in the .deb" "$(dpkg-deb -c "$deb")" './usr/share/man/man1/libcoop.1.gz$'
    watched=(/usr/bin /usr/share/libcoop /usr/share/man/man1 /usr/share/bash-completion /usr/share/zsh /usr/share/fish /usr/share/doc/libcoop)
    watched+=(/usr/libexec)
    system_listing() { { find "${watched[@]}" -xdev 2>/dev/null || true; } | sort; }
    system_before=$(system_listing)
    if dpkg -i "$deb" > "$work/dpkg-i.log" 2>&1; then
      pass "dpkg -i $(basename "$deb")"
      output=$(cd / && env -i libcoop libraries 2>&1) || true
      check "env -i libcoop libraries, from /" "$output" '雨花台区图书馆'
      output=$(cd / && env -i MANPAGER=cat MANWIDTH=80 man libcoop 2>&1 | col -b) || true
      check "man libcoop" "$output" '^NAME'
      dpkg -r libcoop > "$work/dpkg-r.log" 2>&1 || fail "dpkg -r libcoop" "$(cat "$work/dpkg-r.log")"
    else
      fail "dpkg -i" "$(cat "$work/dpkg-i.log")"
      dpkg -r libcoop >/dev/null 2>&1 || true
    fi
    system_after=$(system_listing)
    if [ "$system_before" = "$system_after" ]; then pass "dpkg -r leaves nothing behind"; else fail "dpkg -r leaves nothing behind" "$(diff <(echo "$system_before") <(echo "$system_after"))"; fi
    case "$(package_status)" in
      ''|not-installed) pass "dpkg keeps no trace of libcoop after dpkg -r" ;;
      *) fail "dpkg keeps no trace of libcoop after dpkg -r" "status: $(package_status)" ;;
    esac
  fi
else
  echo "skip the .deb test: it runs as root (CI)"
fi

echo "install tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
