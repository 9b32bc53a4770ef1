#!/usr/bin/env bash
# Writes each fuzz target's seed corpus into OUT/<target>/ from the test fixtures, the bundled
# sample and a few small projects made by the glossator command line.
# Usage: seed-corpus.sh OUT GLOSSATOR_BINARY
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
out="$1"
glossator="$2"
data="$top/tests/data"
samples="$top/resources/samples"

mkdir -p "$out"/{fuzz_pagecopy,fuzz_markdown,fuzz_dragnettext,fuzz_glossatorjson,fuzz_detected,fuzz_textdecoder,fuzz_projectloader}

# The first byte of a fuzz_detected input chooses the file name the bytes are read under:
# 0 .txt, 1 .md, 2 .corrected.txt, 3 .json, 4 no suffix.
detected() {
    local choice="$1" file="$2"
    { printf "\\$(printf '%03o' "$choice")"; cat "$file"; } >"$out/fuzz_detected/$choice-$(basename "$file")"
}

for f in "$data"/*.txt "$samples"/*.txt; do
    case "$f" in
        *.corrected.txt|*dragnet-*) cp "$f" "$out/fuzz_dragnettext/"; detected 2 "$f" ;;
        *) cp "$f" "$out/fuzz_pagecopy/"; detected 0 "$f" ;;
    esac
done
for f in "$data"/*.md "$data"/report/*.md; do
    cp "$f" "$out/fuzz_markdown/"
    detected 1 "$f"
done
for f in "$samples"/*.json; do
    cp "$f" "$out/fuzz_glossatorjson/"
    detected 3 "$f"
done
detected 4 "$data/binary.bin"
for f in "$data"/*.txt "$data"/*.md "$data"/*.bin "$samples"/*; do
    cp "$f" "$out/fuzz_textdecoder/"
done

# Small projects: one plain import, one coded (a passage, a nested tag, a note), the sample.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$glossator" import "$data/crlf-three-comments.txt" -o "$work/plain.glossa" >/dev/null
"$glossator" import "$data/markdown-discussion.md" -o "$work/coded.glossa" >/dev/null
"$glossator" annotate "$work/coded.glossa" --document 1 --article --from 0 --to 4 --tag Tone/Irony \
    --note "a note" --coder fuzz >/dev/null
"$glossator" import "$samples/harbour-bridge-discussion.json" -o "$work/sample.glossa" >/dev/null
"$glossator" annotate "$work/sample.glossa" --document 1 --article --tag Safety --coder fuzz >/dev/null
for f in "$work"/*.glossa; do
    cp "$f" "$out/fuzz_projectloader/"
done
