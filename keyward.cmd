@echo off
rem Runs Keyward from a source checkout on Windows: no arguments opens the console, arguments go
rem to the CLI. Builds first when app\target\keyward-app.jar is missing or older than any pom.xml or
rem any file under *\src\main. Needs JDK 17+ (JAVA_HOME, else PATH) and, to build, Maven.
setlocal EnableExtensions DisableDelayedExpansion

rem %~dp0 is this script's folder with a trailing backslash; "." keeps the quoting simple.
set "KW_ROOT=%~dp0."
set "KW_JAR=%KW_ROOT%\app\target\keyward-app.jar"

rem gotos, not ( ) blocks, wherever a path is expanded: "C:\Program Files (x86)\..." breaks blocks.
if defined JAVA_HOME goto :java_home
where java >nul 2>nul || goto :no_java
set "KW_JAVA=java"
goto :java_found
:java_home
set "KW_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%KW_JAVA%" goto :no_java_home
:java_found

rem The version line of "java -version" is like: openjdk version "17.0.15" 2025-04-15 (or "1.8.0_402").
set "KW_VERSION="
set "KW_TMP=%TEMP%\keyward-%RANDOM%%RANDOM%"
"%KW_JAVA%" -version 2>"%KW_TMP%.ver"
rem findstr skips lines such as "Picked up JAVA_TOOL_OPTIONS: ...".
for /f "usebackq tokens=3" %%v in (`findstr /c:" version " "%KW_TMP%.ver"`) do (
  set "KW_VERSION=%%~v"
  goto :got_version
)
:got_version
del "%KW_TMP%.ver" >nul 2>nul
set "KW_MAJOR=0"
for /f "delims=.-+" %%m in ("%KW_VERSION%") do set "KW_MAJOR=%%m"
rem set /a turns a non-number into 0, so "1.8" and garbage both fail the check.
set /a KW_MAJOR=KW_MAJOR+0 >nul 2>nul
if %KW_MAJOR% LSS 17 goto :old_java

rem File times are painful in cmd; PowerShell (on every Windows 10/11) decides. Exit 0 = up to date.
rem Paths travel in environment variables, so spaces and quotes in them need no escaping here.
powershell -NoProfile -NonInteractive -Command ^
  "$jar = Get-Item -LiteralPath $env:KW_JAR -ErrorAction SilentlyContinue;" ^
  "if (-not $jar -or -not (Test-Path -LiteralPath (Join-Path $env:KW_ROOT 'app\target\lib'))) { exit 1 };" ^
  "$inputs = @(Get-Item -LiteralPath (Join-Path $env:KW_ROOT 'pom.xml'));" ^
  "foreach ($m in Get-ChildItem -LiteralPath $env:KW_ROOT -Directory) {" ^
  "  $inputs += @(Get-ChildItem -LiteralPath $m.FullName -Filter pom.xml -File);" ^
  "  $src = Join-Path $m.FullName 'src\main';" ^
  "  if (Test-Path -LiteralPath $src) { $inputs += @(Get-ChildItem -LiteralPath $src -Recurse -File) } };" ^
  "if ($inputs | Where-Object { $_.LastWriteTimeUtc -gt $jar.LastWriteTimeUtc }) { exit 1 } else { exit 0 }"
if not errorlevel 1 goto :run

where mvn >nul 2>nul || goto :no_maven
if exist "%KW_JAR%" (echo Rebuilding Keyward ^(sources changed^)...>&2) else (echo Building Keyward ^(first run, about a minute^)...>&2)
rem Date-stamp the start: the jar plugin leaves an unchanged jar alone, which would rebuild every run.
echo.>"%KW_TMP%.started"
pushd "%KW_ROOT%"
rem "call": mvn is mvn.cmd, and a batch file run without call never returns here.
call mvn -q -B -DskipTests -pl app -am package >"%KW_TMP%.log" 2>&1 <nul
set "KW_RC=%ERRORLEVEL%"
popd
if "%KW_RC%"=="0" goto :built
type "%KW_TMP%.log" >&2
del "%KW_TMP%.log" "%KW_TMP%.started" >nul 2>nul
echo keyward: build failed (Maven output above).>&2
exit /b 1
:built
powershell -NoProfile -NonInteractive -Command ^
  "(Get-Item -LiteralPath $env:KW_JAR).LastWriteTimeUtc = (Get-Item -LiteralPath ($env:KW_TMP + '.started')).LastWriteTimeUtc"
del "%KW_TMP%.log" "%KW_TMP%.started" >nul 2>nul

:run
"%KW_JAVA%" -jar "%KW_JAR%" %*
exit /b %ERRORLEVEL%

:no_java_home
echo keyward: JAVA_HOME is set to "%JAVA_HOME%" but it has no bin\java.exe; point it at a JDK 17 or newer.>&2
exit /b 1
:no_java
echo keyward: Java not found: install JDK 17 or newer, or set JAVA_HOME.>&2
exit /b 1
:old_java
echo keyward: Java 17 or newer is needed, but "%KW_JAVA%" is version %KW_VERSION%; set JAVA_HOME to a JDK 17+.>&2
exit /b 1
:no_maven
echo keyward: Maven (mvn) not found: install Maven 3.8 or newer to build Keyward.>&2
exit /b 1
