#!/usr/bin/env bash
# Fills the official 2021 Word template with seed 004's values using POI (FillTemplate.java).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$here/../.."
(cd "$repo" && mvn -q -B dependency:build-classpath -pl converter -Dmdep.outputFile=/tmp/xxgk-cp.txt >/dev/null)
java -cp "$(cat /tmp/xxgk-cp.txt)" "$here/FillTemplate.java" \
  "$repo/../shared/corpus/docx/official-template-2021-blank.docx" \
  "$repo/testdata/seeds/004.expected.json" \
  "$here/template-filled-004.docx"
echo "wrote $here/template-filled-004.docx"
