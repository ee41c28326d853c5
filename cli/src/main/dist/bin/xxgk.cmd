@echo off
rem xxgk command line (distribution): needs only a Java 17 runtime.
java -Xmx768m %XXGK_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%~dp0..\lib\xxgk.jar" %*
exit /b %ERRORLEVEL%
