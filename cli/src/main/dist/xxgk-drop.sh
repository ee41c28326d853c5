#!/usr/bin/env bash
# Drag-and-drop conversion (Linux; also run by the macOS .command and the .desktop launcher):
# converts the dropped files and folders, writes NAME.json beside each report and a summary
# workbook xxgk-汇总.xlsx in the (first) dropped folder, prints a summary and waits for a key.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac
if [ $# -eq 0 ]; then
  echo "用法：把政府信息公开工作年度报告（文件或文件夹）拖放到本程序上，或运行：xxgk-drop.sh 文件或文件夹…"
  exit 2
fi
if [ -d "$1" ]; then
  summary="$1/xxgk-汇总.xlsx"
else
  summary="$(dirname "$1")/xxgk-汇总.xlsx"
fi
java -Xmx768m ${XXGK_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -jar "$here/lib/xxgk.jar" convert --beside --xlsx "$summary" "$@"
code=$?
echo
echo "每个报告旁边已生成同名 .json 文件；汇总表：$summary"
if [ -t 0 ] && [ -z "${XXGK_NO_PAUSE:-}" ]; then
  read -r -p "按回车键关闭窗口……" _
fi
exit $code
