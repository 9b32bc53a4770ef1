#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite. Exits non-zero on any failure.
# Extra arguments are passed to CMake's configure step (e.g. -DGLOSSATOR_WERROR=ON).
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
build="${GLOSSATOR_BUILD_DIR:-$top/build}"

bash "$top/scripts/setup.sh"
bash "$top/scripts/build.sh" "$build" "$@"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error --parallel "$(nproc)"
