#!/usr/bin/env bash
# Opens Glossator on the bundled sample discussion: an article with a threaded comment section, a
# small codebook and a few annotations. Installs what is missing and builds first. With a display
# the window opens; without one it runs on a virtual screen, saves a screenshot, writes the sample
# project and its annotated report into the build folder, prints their paths and exits.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
build="${GLOSSATOR_BUILD_DIR:-$top/build}"

bash "$top/scripts/setup.sh"
bash "$top/scripts/build.sh" "$build"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/glossator" --sample
fi
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
xvfb-run -a -s "-screen 0 1400x900x24" "$build/glossator" --sample --screenshot "$build/sample-screenshot.png"

# The same sample as a project file of its own, and its annotated report.
project="$build/sample.glossa"
rm -f "$project"
"$build/glossator" sample -o "$project"
"$build/glossator" export "$project" --pdf "$build/sample-report.pdf" >/dev/null
echo "Project: $project"
echo "Report: $build/sample-report.pdf"
