#!/usr/bin/env bash
# Refreshes the translation sources from the code. English needs a file of its own only for
# plural forms ("%n comment(s)" -> "1 comment", "2 comments"); those are filled in here.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none app ui -ts translations/glossator_de.ts
"$lupdate" -no-obsolete -locations none -pluralonly app ui -ts translations/glossator_en.ts
python3 - translations/glossator_en.ts <<'PY'
import re, sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)

def forms(source):
    singular = re.sub(r"(\w+)/(\w+)", r"\1", source)
    singular = singular.replace("(s)", "")
    plural = re.sub(r"(\w+)/(\w+)", r"\2", source)
    plural = plural.replace("(s)", "s")
    return singular, plural

for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in forms(message.find("source").text):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
PY
echo "translations updated"
