#!/usr/bin/env bash
# Installs everything Glossator needs to build, test, run headless and package on Debian.
# Idempotent: packages already present are skipped, and apt is only asked when something is missing.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format
    # Qt 6 and SQLite
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-pdf-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libuchardet-dev
    # headless runs, fonts for Latin, CJK and Hangul, screenshots and PDF inspection
    xvfb xauth imagemagick poppler-utils fonts-dejavu-core fonts-noto-core fonts-noto-cjk
    # xmllint, to check exported codebooks against the REFI-QDA schema
    libxml2-utils
    # memory checks of the window and the report (CI)
    valgrind
    # the Debian 13 CI stage and packaging
    debootstrap dpkg-dev file
    # fuzzing (scripts/fuzz.sh): clang with libFuzzer; libclang-rt-dev is the runtime of Debian's default
    # clang (libclang-rt-14-dev on Debian 12, libclang-rt-19-dev on Debian 13)
    clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
