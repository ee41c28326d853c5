#!/usr/bin/env bash
# Makes testdata/bad's broken and hostile files (MakeBad.java) from testdata/office/004.docx and 004.pdf.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$here/../.."
(cd "$repo" && mvn -q -B dependency:build-classpath -pl converter -Dmdep.outputFile=/tmp/xxgk-cp.txt >/dev/null)
java -cp "$(cat /tmp/xxgk-cp.txt)" "$here/MakeBad.java" "$repo/testdata/office/004.docx" "$repo/testdata/office/004.pdf" "$here"
ls -la "$here"
