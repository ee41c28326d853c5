# Sourced by bin/xxgk and by the source tree's ./xxgk (bash): jvm_options PREFIX JAR ARGS… adds
# to the array `options` the JVM settings for the command ARGS; a one-file run's class-data
# archive is PREFIX-KIND.jsa, a batch's PREFIX-batch.jsa, their workers' PREFIX-worker.jsa.
# JVM settings by job. One file: the C1 compiler only, the serial collector and a class-data
# archive of xxgk's classes for its kind of file (made by the first run that converts such a file)
# start and finish it in about half the CPU; C2 would only begin paying off after the file is done. `serve`
# runs long and keeps C2; a batch's own process, below, only hands files to its workers (which
# choose their own compiler).
# XXGK_JAVA_OPTS, last, adds to or overrides any of this.
one_file=""
single_file() {
  [ "${1:-}" = convert ] || return 1
  shift
  local count=0 file=""
  while [ $# -gt 0 ]; do
    case "$1" in
      -o|--output|-j|--jobs|--jsonl|--csv|--xlsx|--timeout|--ocr) shift ;;
      -o=*|--*=*|-[a-zA-Z]*) ;;
      *) count=$((count + 1)); file="$1" ;;
    esac
    shift
  done
  [ "$count" -eq 1 ] && [ -f "$file" ] && one_file="$file"
}
# Each kind of file has its own archive: one made by another kind's run maps classes this run
# never loads and lacks those it does (a web page 0.73 s with its own, 0.84 s with a PDF's).
# Sets `kind` (a subshell would cost milliseconds of every run).
archive_kind() {
  kind=other
  shopt -s nocasematch # bash's own, so that no other program is needed (nor bash 4's ${x,,})
  case "${1##*.}" in
    pdf) kind=pdf ;;
    doc|docx|docm|dot|dotx|wps|rtf|odt) kind=word ;;
    xls|xlsx|xlsm|xlt|xltx|et|ods|csv) kind=sheet ;;
    htm|html|shtml|xhtml|mht|mhtml) kind=web ;;
    txt|text|md|markdown) kind=text ;;
    ofd) kind=ofd ;;
    jpg|jpeg|png|tif|tiff|bmp|gif|webp) kind=picture ;;
  esac
  shopt -u nocasematch
}
# The class-data archive ARCHIVE: used when it is newer than JAR, else made by this run at its
# end, with those of jars no longer installed removed (bin/xxgk's cache). With a third argument,
# `checked`, it is written as ARCHIVE.PID.tmp and named in `archive_checked`: the launcher moves it
# into place only if the run ends with 0 (see run_java).
archive_checked=""
class_archive() {
  local archive="$1" jar="$2" prefix="${1%-*}"
  if [ -f "$archive" ] && [ "$archive" -nt "$jar" ]; then
    options+=("-XX:SharedArchiveFile=$archive")
  elif mkdir -p "${archive%/*}" 2>/dev/null && [ -w "${archive%/*}" ]; then
    rm -f "$archive" # made from an older jar
    for old in "${prefix%/*}"/xxgk-*.jsa*; do # a worker's half-written one too
      case "$old" in */"${prefix##*/}"-*) ;; *) rm -f "$old" ;; esac
    done
    if [ "${3:-}" = checked ]; then
      archive_checked="$archive"
      options+=("-XX:ArchiveClassesAtExit=$archive.$$.tmp")
    else
      options+=("-XX:ArchiveClassesAtExit=$archive")
    fi
  fi
}
# Transparent huge pages for the heap, on Linux where the kernel gives them on request or always:
# a fresh JVM touches its young generation page by page, and on a virtual machine each page fault
# is dear. In 2 MB pages instead of 4 KB ones a PDF took 0.74 s instead of 0.87, a DOCX 0.65
# instead of 0.87, 60 web pages 1.85 s instead of 2.10 (the workers of a batch or server ask
# for them when their JVM was asked, see the CLI's worker.HugePages; XXGK_JAVA_OPTS=
# -XX:-UseTransparentHugePages turns them off for all). Elsewhere the JVM would only warn, or not
# know the option. The setting is read with bash's own `read`, so that no other program is needed.
huge_pages() {
  case "${OSTYPE:-}" in linux*) ;; *) return 0 ;; esac
  local modes=""
  { read -r modes < /sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null || return 0
  case "$modes" in
    *"[always]"*|*"[madvise]"*) options+=(-XX:+UseTransparentHugePages) ;;
  esac
}
options=()
# What every JVM the launchers and the drop wrapper start gets. The JVM's own warnings go to
# standard error: by default they go to standard output, where the JSON goes (with
# -XX:+UseLargePages on a system without large pages, the JSON began with one).
common_options() {
  options+=(-Xlog:disable -Xlog:all=warning:stderr)
  huge_pages
}
jvm_options() {
  local prefix="$1" jar="$2"; shift 2
  common_options
  if single_file "$@"; then
    options+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off,cds+dynamic=off:stderr)
    local kind
    archive_kind "$one_file"
    # Kept only from a run that converted its file: one that fails early (an encrypted PDF, a
    # file of another type) loads few of the classes the next files of its kind need.
    class_archive "$prefix-$kind.jsa" "$jar" checked
    # One compiler thread: on two cores beside the conversion and the command line, the second
    # compiled methods the run was nearly done with (a web page 0.73 → 0.69 s, 1,811 → 1,614
    # methods). Not when XXGK_JAVA_OPTS brings C2 back: with it the JVM needs two.
    case "${XXGK_JAVA_OPTS:-}" in
      *Tiered*) ;;
      *) options+=(-XX:CICompilerCount=1) ;;
    esac
    # A young generation of 48 MB, not a third of a starting heap the size of the machine's
    # memory: Word, sheets and long PDFs make 100 MB and more of short-lived objects, which then
    # reuse pages already mapped instead of touching new ones (a DOCX 1.13 → 1.03 s, 151 → 121
    # MB; a 100-page PDF 2.15 → 1.88 s, 201 → 135 MB). Not beside a heap or young generation of
    # the user's, which may be smaller: theirs decide.
    case "${XXGK_JAVA_OPTS:-}" in
      *-Xm[xn]*|*NewSize*|*NewRatio*) ;;
      *) options+=(-Xmn48m) ;;
    esac
  elif [ "${1:-}" = convert ] || [ "${1:-}" = serve ]; then
    # Workers (a batch's, the server's) start with an archive of their own classes, which the
    # first worker writes as it ends (WorkerArchive; 60 web pages 2.50 → 2.13 s).
    mkdir -p "${prefix%/*}" 2>/dev/null && options+=("-Dxxgk.worker.archive=$prefix-worker.jsa")
    if [ "$1" = convert ]; then
      # A batch: this process hands files to the workers and writes what they answer; the serial
      # collector with a heap that starts small and gives memory back keeps it near 70 MB instead
      # of 100, and C1 alone halves its CPU (its work per file is small, and C2 spent most of it
      # compiling). Its own classes come from an archive too, made by the first batch (60 web
      # pages 2.56 → 2.40 s).
      options+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
        -Xlog:cds=off,cds+dynamic=off:stderr)
      class_archive "$prefix-batch.jsa" "$jar"
    fi
  fi
}

# Runs the command "$@" (java and its arguments) in place of the launcher, or, when this run
# writes a checked archive, as its child, keeping the archive only if it ended with 0. The child
# runs in the background so that a signal to the launcher can be passed on to it (bash runs a
# trap only once a command in the foreground has ended); a background command gets /dev/null as
# its input unless told otherwise, and ignores SIGINT, so Ctrl+C is passed on as SIGTERM.
run_java() {
  if [ -z "$archive_checked" ]; then
    exec "$@"
  fi
  local code pid
  "$@" <&0 &
  pid=$!
  trap 'kill -TERM "$pid" 2>/dev/null' INT TERM HUP
  while :; do
    code=0
    wait "$pid" || code=$?
    kill -0 "$pid" 2>/dev/null || break # else a signal interrupted the wait
  done
  trap - INT TERM HUP
  if [ "$code" -eq 0 ] && [ -f "$archive_checked.$$.tmp" ]; then
    mv -f "$archive_checked.$$.tmp" "$archive_checked"
  fi
  rm -f "$archive_checked".*.tmp # this run's, if it failed, and any a killed run left
  exit "$code"
}
