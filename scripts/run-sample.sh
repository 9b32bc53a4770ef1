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

# The annotated report of the sample: a project with a few tagged passages and comments, as PDF.
project="$build/sample.glossa"
rm -f "$project"
"$build/glossator" import "$sample" -o "$project" >/dev/null
annotate() { "$build/glossator" annotate "$project" --document 1 --coder "Sample coder" "$@" >/dev/null; }
annotate --article --quote "would never stop for storms" --tag Reliability
annotate --article --quote "block the tall-masted boats" --tag Heritage --note "The main objection in the hearings."
annotate --article --quote "a lifting section near the western pier" --tag Boats
annotate --comment c1 --quote "missed my train more times than I can count" --tag Reliability
annotate --comment c2 --quote "stuck open half of July" --tag Boats
annotate --comment c2 --tag Heritage
annotate --comment c5 --quote "The lifting timetable is the whole story" --tag Boats
annotate --comment c7 --quote "Wind limits apply to pedestrians too" --tag Reliability --note "Counter-argument to the storm figure."
"$build/glossator" export "$project" --pdf "$build/sample-report.pdf" >/dev/null
echo "Report: $build/sample-report.pdf"
