@echo off
rem Windows: drop report files or folders on this file. Writes NAME.json beside each report
rem and a summary workbook xxgk-汇总.xlsx in the (first) dropped folder, then waits for a key.
chcp 65001 >nul
setlocal
set "HERE=%~dp0"
if "%~1"=="" (
  echo 请把政府信息公开工作年度报告（文件或文件夹）拖放到本图标上。
  pause
  exit /b 2
)
if exist "%~1\*" (
  set "SUMMARY=%~1\xxgk-汇总.xlsx"
) else (
  set "SUMMARY=%~dp1xxgk-汇总.xlsx"
)
java -Xmx768m %XXGK_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%HERE%lib\xxgk.jar" convert --beside --xlsx "%SUMMARY%" %*
echo.
echo 每个报告旁边已生成同名 .json 文件；汇总表：%SUMMARY%
pause
