# Sourced by bin/xxgk and xxgk-drop.sh (bash). find_java ROOT sets XXGK_JAVA and XXGK_JAR for the
# distribution at ROOT, or says in Chinese what to install and returns 1.
# The Java runtime, in order: the one bundled with the distribution (runtime/ as jlink makes it,
# lib/runtime/ in a Linux jpackage image, xxgk.app's on macOS), then JAVA_HOME's, then the one on
# the PATH; only a Java 17 or later is taken.

# The feature release of the java at $1 (17 for "17.0.15", 8 for "1.8.0_392"), or nothing, in
# JAVA_RELEASE. It is read from the `release` file that every JDK, JRE and jlink image has beside
# bin/ (a java reached through links, like Debian's /usr/bin/java, is followed to it): asking
# `java -version` starts a JVM, a tenth of a second of every run. Only a java with no such file is
# asked. No subshell where none is needed: each costs milliseconds of every run too.
java_release() {
  local java="$1" link version="" line hops=0
  while [ -L "$java" ] && [ "$hops" -lt 10 ] && command -v readlink >/dev/null 2>&1; do
    link="$(readlink "$java")" || break
    case "$link" in
      /*) java="$link" ;;
      *) java="${java%/*}/$link" ;;
    esac
    hops=$((hops + 1))
  done
  case "$java" in
    */bin/java) [ -f "${java%/bin/java}/release" ] || java="" ;;
    *) java="" ;;
  esac
  if [ -n "$java" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*) version="${line#JAVA_VERSION=}"; version="${version//\"/}" ;;
      esac
    done < "${java%/bin/java}/release"
  fi
  if [ -z "$version" ]; then
    version="$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  case "$version" in
    1.*) version="${version#1.}" ;;
  esac
  JAVA_RELEASE="${version%%[.+_-]*}"
}

# The first java on the PATH, or nothing, in PATH_JAVA (what `command -v java` finds, without its subshell).
path_java() {
  local dir dirs
  PATH_JAVA=""
  IFS=: read -r -a dirs <<< "$PATH"
  for dir in ${dirs[@]+"${dirs[@]}"}; do
    if [ -f "${dir:-.}/java" ] && [ -x "${dir:-.}/java" ]; then
      PATH_JAVA="${dir:-.}/java"
      return
    fi
  done
}

find_java() {
  local root="$1" candidate release found_old=""
  XXGK_JAVA=""
  path_java
  for candidate in "$root/runtime/bin/java" "$root/lib/runtime/bin/java" \
      "$root/xxgk.app/Contents/runtime/Contents/Home/bin/java" \
      ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$PATH_JAVA"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    java_release "$candidate"
    release="$JAVA_RELEASE"
    case "$release" in
      ''|*[!0-9]*) continue ;;
    esac
    if [ "$release" -ge 17 ]; then
      XXGK_JAVA="$candidate"
      break
    fi
    found_old="${found_old:+$found_old、}$candidate（Java $release）"
  done
  XXGK_JAR=""
  for candidate in "$root/lib/xxgk.jar" "$root/lib/app/xxgk.jar" "$root/xxgk.app/Contents/app/xxgk.jar"; do
    if [ -f "$candidate" ]; then
      XXGK_JAR="$candidate"
      break
    fi
  done
  if [ -z "$XXGK_JAR" ]; then
    echo "xxgk：发行包不完整，找不到 lib/xxgk.jar。请重新解压完整的发行包。" >&2
    return 1
  fi
  if [ -z "$XXGK_JAVA" ]; then
    echo "xxgk：没有找到 Java 17 或更高版本，未转换任何文件。" >&2
    if [ -n "$found_old" ]; then
      echo "  找到的 Java 版本太旧：$found_old" >&2
    fi
    echo "  请任选一种办法：" >&2
    echo "  1. 使用自带 Java 运行环境的发行包（文件名含 linux-x64、windows-x64 或 macos），解压即用；" >&2
    echo "  2. 安装 Java 17 或更高版本：Debian/Ubuntu 运行 sudo apt-get install openjdk-17-jre，" >&2
    echo "     macOS 运行 brew install openjdk@17，或从 https://adoptium.net/zh-CN/ 下载 Temurin 17；" >&2
    echo "     已安装但不在 PATH 上时，把环境变量 JAVA_HOME 设为其安装目录。" >&2
    return 1
  fi
}
