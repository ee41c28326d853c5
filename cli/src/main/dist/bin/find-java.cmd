@echo off
rem Called by bin\xxgk.cmd and xxgk-拖放转换.cmd: "call find-java.cmd ROOT" sets XXGK_JAVA and
rem XXGK_JAR for the distribution at ROOT, or says in Chinese what to install and ends with
rem ERRORLEVEL 1. The Java runtime, in order: the one bundled with the distribution (runtime\ as
rem jlink and a Windows jpackage image put it), JAVA_HOME's, then the PATH's; only Java 17 or later.
set "XXGK_JAVA="
set "XXGK_JAR="
set "XXGK_OLD="
set "XXGK_ROOT=%~1"
if exist "%XXGK_ROOT%\lib\xxgk.jar" set "XXGK_JAR=%XXGK_ROOT%\lib\xxgk.jar"
if not defined XXGK_JAR if exist "%XXGK_ROOT%\app\xxgk.jar" set "XXGK_JAR=%XXGK_ROOT%\app\xxgk.jar"
if not defined XXGK_JAR (
  echo xxgk：发行包不完整，找不到 lib\xxgk.jar。请重新解压完整的发行包。
  exit /b 1
)
call :try "%XXGK_ROOT%\runtime\bin\java.exe"
if not defined XXGK_JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined XXGK_JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined XXGK_JAVA call :try "%%j"
if defined XXGK_JAVA exit /b 0
echo xxgk：没有找到 Java 17 或更高版本，未转换任何文件。
if defined XXGK_OLD echo   找到的 Java 版本太旧：%XXGK_OLD%
echo   请任选一种办法：
echo   1. 使用自带 Java 运行环境的发行包（文件名含 windows-x64），解压即用；
echo   2. 从 https://adoptium.net/zh-CN/ 下载并安装 Temurin 17 或更高版本（安装时选择设置 JAVA_HOME）。
exit /b 1

rem The java at %1 if it is Java 17 or later; its first line reads: openjdk version "17.0.15" ...
:try
if not exist "%~1" exit /b 0
set "XXGK_VERSION="
set "XXGK_MAJOR="
set "XXGK_MINOR="
set "XXGK_VERSION_FILE=%TEMP%\xxgk-java-version-%RANDOM%.txt"
"%~1" -version 2> "%XXGK_VERSION_FILE%"
for /f "usebackq tokens=2,3" %%a in ("%XXGK_VERSION_FILE%") do if "%%a"=="version" if not defined XXGK_VERSION set "XXGK_VERSION=%%~b"
del "%XXGK_VERSION_FILE%" >nul 2>&1
if not defined XXGK_VERSION exit /b 0
for /f "tokens=1,2 delims=.-+_" %%a in ("%XXGK_VERSION%") do (
  set "XXGK_MAJOR=%%a"
  set "XXGK_MINOR=%%b"
)
if "%XXGK_MAJOR%"=="1" set "XXGK_MAJOR=%XXGK_MINOR%"
set /a XXGK_MAJOR=XXGK_MAJOR+0 >nul 2>&1
rem No parenthesised blocks around paths: a ")" in "Program Files (x86)" would end the block.
if %XXGK_MAJOR% GEQ 17 set "XXGK_JAVA=%~1"
if %XXGK_MAJOR% LSS 17 set "XXGK_OLD=%XXGK_OLD% %~1（Java %XXGK_MAJOR%）"
exit /b 0
