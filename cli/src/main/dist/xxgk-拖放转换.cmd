@echo off
rem Windows: drop report files or folders on this file. Writes NAME.json beside each report
rem and a summary workbook xxgk-汇总.xlsx in the (first) dropped folder, then waits for a key.
rem Says only what exists: every file the converter lists as written is checked.
chcp 65001 >nul
setlocal
set "HERE=%~dp0"
if "%~1"=="" (
  echo 请把政府信息公开工作年度报告（文件或文件夹）拖放到本图标上。
  pause
  exit /b 2
)
call "%HERE%bin\find-java.cmd" "%HERE%."
if errorlevel 1 (
  pause
  exit /b 1
)
if exist "%~1\*" (
  set "SUMMARY=%~f1\xxgk-汇总.xlsx"
) else (
  set "SUMMARY=%~dp1xxgk-汇总.xlsx"
)
set "LIST=%TEMP%\xxgk-written-%RANDOM%%RANDOM%.txt"
type nul > "%LIST%"
"%XXGK_JAVA%" -Xmx768m %XXGK_JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%XXGK_JAR%" org.xxgk.cli.Main convert --beside --xlsx "%SUMMARY%" --list-written "%LIST%" %*
set "CODE=%ERRORLEVEL%"
echo.
set /a WRITTEN=0
set /a MISSING=0
set "SUMMARY_WRITTEN="
for /f "usebackq delims=" %%F in ("%LIST%") do call :check "%%F"
del "%LIST%" >nul 2>&1
if %WRITTEN% GTR 0 (
  echo 已在报告旁边生成 %WRITTEN% 个同名 .json 文件。
) else (
  echo 没有生成任何 .json 文件。
)
rem Paths are echoed outside parenthesised blocks: a ")" in them would end the block.
if defined SUMMARY_WRITTEN echo 汇总表：%SUMMARY%
if not defined SUMMARY_WRITTEN echo 没有生成汇总表。
if not defined SUMMARY_WRITTEN if "%CODE%"=="0" set "CODE=1"
if %MISSING% GTR 0 if "%CODE%"=="0" set "CODE=1"
if not "%CODE%"=="0" echo 有文件未能转换或写入，原因见上方说明。
pause
exit /b %CODE%

:check
if exist "%~1" goto :found
set /a MISSING+=1
echo 未找到应生成的结果文件：%~1
exit /b 0
:found
if /i "%~f1"=="%SUMMARY%" set "SUMMARY_WRITTEN=yes"
if /i not "%~f1"=="%SUMMARY%" set /a WRITTEN+=1
exit /b 0
