@echo off
rem xxgk command line (distribution): runs on the bundled Java runtime, else on a Java 17 or later.
setlocal
rem Chinese messages in UTF-8; the console's code page is put back afterwards.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "XXGK_CODEPAGE=%%c"
chcp 65001 >nul
call "%~dp0find-java.cmd" "%~dp0.."
if errorlevel 1 (
  chcp %XXGK_CODEPAGE% >nul
  exit /b 1
)
"%XXGK_JAVA%" -Xmx768m %XXGK_JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%XXGK_JAR%" org.xxgk.cli.Main %*
set "XXGK_CODE=%ERRORLEVEL%"
chcp %XXGK_CODEPAGE% >nul
exit /b %XXGK_CODE%
