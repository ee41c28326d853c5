#!/bin/bash
# macOS: double-click, then drag report files or folders into the Terminal window and press
# Return (files dropped on a .command file are not passed to it by Finder). xxgk-drop.sh finds
# the Java runtime (the bundled one first) and checks every result before naming it.
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ]; then
  echo "请把政府信息公开工作年度报告（文件或文件夹）拖进这个窗口，然后按回车："
  IFS= read -r line
  # Terminal inserts dropped paths shell-quoted ("a\ b"): let the shell split them back.
  eval "set -- $line"
fi
exec "$here/xxgk-drop.sh" "$@"
