@echo off
rem xxgk launcher for Windows: builds the command-line jar with Maven on first use, then runs it.
rem Build output goes to stderr; stdout carries only xxgk's own output.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%cli\target\xxgk.jar"
if exist "%JAR%" goto run
where mvn >nul 2>nul || (echo xxgk: Maven ^(mvn^) is needed to build xxgk on first use 1>&2 & exit /b 1)
echo xxgk: building on first use... 1>&2
pushd "%HERE%"
call mvn -q -B -Dstyle.color=never -DskipTests -pl cli -am package 1>&2
if errorlevel 1 (popd & exit /b 1)
popd
:run
java -Xmx768m %XXGK_JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%JAR%" org.xxgk.cli.Main %*
exit /b %ERRORLEVEL%
