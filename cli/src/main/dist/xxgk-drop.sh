#!/usr/bin/env bash
# Drag-and-drop conversion (Linux; also run by the macOS .command and the .desktop launcher):
# converts the dropped files and folders, writes NAME.json beside each report and a summary
# workbook xxgk-汇总.xlsx in the (first) dropped folder, prints a summary and waits for a key.
# Says only what exists: every JSON file the converter lists is checked, and the workbook too.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac
pause() {
  if [ -t 0 ] && [ -z "${XXGK_NO_PAUSE:-}" ]; then
    read -r -p "按回车键关闭窗口……" _
  fi
}
if [ $# -eq 0 ]; then
  echo "用法：把政府信息公开工作年度报告（文件或文件夹）拖放到本程序上，或运行：xxgk-drop.sh 文件或文件夹…"
  pause
  exit 2
fi
. "$here/bin/find-java.sh"
if ! find_java "$here"; then
  pause
  exit 1
fi
. "$here/bin/jvm-options.sh"
common_options
# The workbook's absolute, physical path: the converter lists it so when it has written it.
if [ -d "$1" ]; then
  summary="$(cd "$1" && pwd -P)/xxgk-汇总.xlsx"
else
  summary="$(cd "$(dirname "$1")" && pwd -P)/xxgk-汇总.xlsx"
fi
list="$(mktemp "${TMPDIR:-/tmp}/xxgk-written.XXXXXX")" || { echo "xxgk：无法创建临时文件。"; pause; exit 1; }
trap 'rm -f "$list"' EXIT
"$XXGK_JAVA" -Xmx768m ${options[@]+"${options[@]}"} ${XXGK_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -cp "$XXGK_JAR" org.xxgk.cli.Main \
  convert --beside --xlsx "$summary" --list-written "$list" "$@"
code=$?
echo
written=0
missing=0
summary_written=""
while IFS= read -r file; do
  [ -n "$file" ] || continue
  if [ ! -f "$file" ]; then
    missing=$((missing + 1))
    echo "未找到应生成的结果文件：$file"
  elif [ "$file" = "$summary" ]; then
    summary_written=yes
  else
    written=$((written + 1))
  fi
done < "$list"
if [ "$written" -gt 0 ]; then
  echo "已在报告旁边生成 $written 个同名 .json 文件。"
else
  echo "没有生成任何 .json 文件。"
fi
if [ -n "$summary_written" ]; then
  echo "汇总表：$summary"
else
  echo "没有生成汇总表。"
fi
if [ "$code" -eq 0 ] && { [ "$missing" -gt 0 ] || [ -z "$summary_written" ]; }; then
  code=1
fi
if [ "$code" -ne 0 ]; then
  echo "有文件未能转换或写入，原因见上方说明。"
fi
pause
exit $code
