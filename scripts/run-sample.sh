#!/usr/bin/env bash
# Opens Glossator on the bundled sample article. Installs what is missing and builds first.
# With a display the window opens; without one it runs on a virtual screen, saves a screenshot
# into the build folder, prints its path and exits.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
build="${GLOSSATOR_BUILD_DIR:-$top/build}"

bash "$top/scripts/setup.sh"
bash "$top/scripts/build.sh" "$build"

sample="$top/resources/samples/harbour-bridge.txt"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/glossator" "$sample"
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
xvfb-run -a -s "-screen 0 1400x900x24" "$build/glossator" --screenshot "$build/sample-screenshot.png" "$sample"
