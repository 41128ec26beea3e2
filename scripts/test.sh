#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks, then builds and runs every test, then the
# installation tests (a static release build installed into a temporary prefix; the .deb as root).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
bash scripts/test-install.sh
