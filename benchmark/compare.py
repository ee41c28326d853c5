#!/usr/bin/env python3
"""Side-by-side benchmark: xxgk beside Tabula's command line, pdfplumber and pdftotext, end to end,
in fresh processes, as a user runs them (docs/performance.md, "Side by side").

One run measures, on this machine:

1. Cold single files: median of RUNS fresh runs (after one unmeasured warm-up run per command,
   which also makes xxgk's class-data archive) of wall time, CPU (user + sys of the process and
   every descendant it waited for, from os.wait4) and peak resident size (ru_maxrss from
   os.wait4: the largest single process of the tree). PDFs with every tool; Word, HTML and a text
   dump with xxgk alone; `--version` as the floor.
2. Batches at -j 2 (`xxgk convert FOLDER -o OUT -j 2 --force`) of 60 copies of test reports per
   format class, and long batches (600 web pages and text dumps, 300 Word files): reports/s, CPU
   per report, and the tree's peak resident size (the sum over the launcher JVM and its worker
   JVMs, sampled every 50 ms from /proc) beside the largest process; the PDF folder also through
   Tabula's own batch mode (`-b FOLDER -l -p all`); and the floor of a 60-file batch, 60 one-line
   text files that are no report (every step but the conversion's own work).
3. Page scaling: 1-, 10- and 100-page PDFs made with qpdf from the pages of the 淮安 report
   (page order 4,5,6,1,2,3 repeated, so the 1-page file is a table page), every PDF tool.
4. The server: `xxgk serve`, then POST /api/convert (multipart) from Python threads at
   concurrency 1, 2 and 8 for a fixed time per level: requests/s, p50/p99 latency, and the
   server tree's peak resident size per level.

The machine is shared: before it starts, the script waits (polling every 30 s, up to 20 min) for
the 1-minute load average to fall to 1.5 or below, and it records the load before, between the
parts and after. Standard library only; the measured tools need: the xxgk jar (`./xxgk` builds it
on first use), Maven (resolves technology.tabula:tabula:1.0.5 and its dependencies into
~/.m2 through a throwaway pom), `pip install pdfplumber`, poppler-utils (pdftotext) and qpdf.
A tool that is missing is left out of the tables, with a note.

    python3 benchmark/compare.py [--runs 5] [--out benchmark/side-by-side.md] [--quick]

Writes the Markdown tables to --out (and stdout) and every measurement to the same name with .json.
"""
import argparse
import ctypes
import datetime
import http.client
import json
import math
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
XXGK = ROOT / "xxgk"
TESTDATA = ROOT / "testdata"
HUAIAN = SHARED / "corpus" / "pdf" / "huaian-2024.pdf"
HONGZE = SHARED / "corpus" / "pdf" / "hongze-2023.pdf"
OFFICE_PDF = TESTDATA / "office" / "004.pdf"
DOCX = TESTDATA / "office" / "004.docx"
HTML = TESTDATA / "html" / "004.html"
# The text dump of report 004 (石泉县 2023) that testdata/seeds/004.expected.json is checked
# against; testdata/runtogether/004-spaced.txt is the same report as a scraped dump, used when
# shared/ is not beside the repository.
TEXT_CANDIDATES = [SHARED / "seeds" / "004_84cc98fa39b35082.txt", TESTDATA / "runtogether" / "004-spaced.txt"]
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024
LOAD_LIMIT = 1.5
TABULA = "technology.tabula:tabula:1.0.5"
# xxgk's launcher runs one file with these (besides its class-data archive): also given to Tabula
# in one extra row, to show how much of a cold start is the JVM's settings.
ONE_FILE_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m"]

PLUMBER_SCRIPT = '''\
import sys, pdfplumber
tables = 0
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        for table in page.extract_tables():
            tables += 1
            for row in table:
                print("\\t".join("" if cell is None else cell for cell in row))
print(tables, "tables", file=sys.stderr)
'''

notes = []  # odd things seen during the run, printed under the tables


def note(text):
    notes.append(text)
    print("note: " + text, file=sys.stderr)


def log(text):
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- processes and their resources

def become_subreaper():
    """Orphans of our children (a worker JVM whose parent died) are re-parented to us, so they
    can be found and ended instead of running on."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def children(pid):
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    found.extend(int(c) for c in f.read().split())
            except OSError:
                pass
    except OSError:
        pass
    return found


def tree(pid):
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children(p))
    return out


def rss(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


class TreeSampler(threading.Thread):
    """Peak of the summed resident size of a process and its descendants (shared pages are
    counted in each process, as ru_maxrss counts them), and the most processes seen at once."""

    def __init__(self, pid, interval=0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = self.most = 0
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.start()

    def run(self):
        while not self.stopped.is_set():
            pids = tree(self.pid)
            total = sum(rss(p) for p in pids)
            with self.lock:
                self.peak = max(self.peak, total)
                self.most = max(self.most, len(pids))
            self.stopped.wait(self.interval)

    def reset(self):
        with self.lock:
            peak, most = self.peak, self.most
            self.peak = self.most = 0
        return peak, most

    def stop(self):
        self.stopped.set()
        self.join()
        return self.peak, self.most


def reap_leftovers(what):
    """Ends (by pid) any process of ours left behind by a finished command, and says so."""
    mine = set(children(os.getpid()))
    if not mine:
        return
    left = []
    for pid in mine:
        try:
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")[:120]
        except (OSError, IndexError):
            continue
        if state == "Z":
            # An orphan that already ended, such as the launcher's `< <(…)` subshell, which bash
            # does not wait for before it becomes java: only to be reaped.
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
            continue
        left.append((pid, cmd))
    for pid, _ in left:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for pid, cmd in left:
        for _ in range(100):
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    break
            except ChildProcessError:
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        note(f"{what}: a process outlived its command and was ended: pid {pid}: {cmd}")


def measure(cmd, out_path, err_path, sample=False, env=None):
    """Runs cmd once; wall (s), CPU (s, user+sys of it and its waited-for descendants), ru_maxrss
    (bytes, largest single process), tree peak (bytes, sampled sum) and exit code."""
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], stdout=out, stderr=err, cwd=ROOT, env=env)
        sampler = TreeSampler(proc.pid) if sample else None
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    result = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss * 1024,
              "rc": proc.returncode}
    if sampler:
        result["tree_peak"], result["processes"] = sampler.stop()
    reap_leftovers(" ".join(str(c) for c in cmd[:3]))
    return result


def median_of(runs, key):
    return statistics.median(r[key] for r in runs)


# ---------------------------------------------------------------- the machine

def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def uptime():
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        with open("/proc/loadavg") as f:
            return "load average: " + ", ".join(f.read().split()[:3])


def wait_for_quiet(limit_s):
    waited = 0
    first = uptime()
    while load1() > LOAD_LIMIT and waited < limit_s:
        log(f"1-minute load {load1():.2f} > {LOAD_LIMIT}: waiting ({waited} s so far)")
        time.sleep(30)
        waited += 30
    return first, waited


def cpu_model():
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def first_line(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        text = (p.stdout + p.stderr).strip().splitlines()
        return text[0] if text else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine():
    mem = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "memory": mem,
        "kernel": platform.release(),
        "java": first_line(["java", "-version"]),
        "python": platform.python_version(),
        "xxgk": first_line([XXGK, "--version"]),
        "commit": first_line(["git", "-C", ROOT, "log", "-1", "--format=%h %cs %s"])[:100],
        "pdftotext": first_line(["pdftotext", "-v"]),
        "qpdf": first_line(["qpdf", "--version"]),
    }


# ---------------------------------------------------------------- the tools

def tabula_classpath(work):
    """Tabula 1.0.5 and its dependencies (PDFBox 2.0.24, commons-cli, gson, …) from ~/.m2,
    resolved with Maven on a throwaway pom (fetched from Maven Central the first time only)."""
    pom = work / "tabula-pom"
    pom.mkdir(exist_ok=True)
    g, a, v = TABULA.split(":")
    (pom / "pom.xml").write_text(f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.benchmark</groupId><artifactId>tabula-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency></dependencies>
</project>
""")
    target = pom / "classpath.txt"
    for offline in (["-o"], []):
        p = subprocess.run(["mvn", "-q", "-B", *offline, "dependency:build-classpath", f"-Dmdep.outputFile={target}"],
                           cwd=pom, capture_output=True, text=True)
        if p.returncode == 0 and target.exists():
            return target.read_text().strip()
    note("Tabula left out: Maven could not resolve " + TABULA)
    return None


def pdfplumber_version():
    p = subprocess.run([sys.executable, "-c", "import pdfplumber, pdfminer; print(pdfplumber.__version__, pdfminer.__version__)"],
                       capture_output=True, text=True)
    if p.returncode:
        note("pdfplumber left out: not installed (pip install pdfplumber)")
        return None
    return p.stdout.split()


def pdf_tools(work, tabula_cp, plumber):
    tools = {}
    xxgk_name = "xxgk"
    tools[xxgk_name] = lambda f: [XXGK, "convert", f]
    if tabula_cp:
        tools["Tabula CLI 1.0.5"] = lambda f: ["java", "-cp", tabula_cp, "technology.tabula.CommandLineApp", "-l", "-p", "all", f]
    if plumber:
        script = work / "pdfplumber_tables.py"
        script.write_text(PLUMBER_SCRIPT)
        tools["pdfplumber " + plumber[0]] = lambda f: [sys.executable, script, f]
    if shutil.which("pdftotext"):
        tools["pdftotext -layout"] = lambda f: ["pdftotext", "-layout", f, "-"]
    else:
        note("pdftotext left out: not installed (poppler-utils)")
    return tools


# ---------------------------------------------------------------- 1. cold single files

def single_files(work, runs, tools, tabula_cp, plumber):
    text = next((t for t in TEXT_CANDIDATES if t.exists()), None)
    xxgk = tools["xxgk"]
    jobs = []  # (input label, tool, command)
    jobs.append(("floor", "xxgk --version", [XXGK, "--version"]))
    if tabula_cp:
        jobs.append(("floor", "Tabula --version", ["java", "-cp", tabula_cp, "technology.tabula.CommandLineApp", "--version"]))
    if plumber:
        jobs.append(("floor", "python3 -c 'import pdfplumber'", [sys.executable, "-c", "import pdfplumber"]))
    for label, path in ((f"{HUAIAN.name} (6 pages)", HUAIAN), (f"office/{OFFICE_PDF.name} (5 pages)", OFFICE_PDF)):
        if not path.exists():
            note(f"{path} missing: left out")
            continue
        for name, make in tools.items():
            jobs.append((label, name, make(path)))
        if tabula_cp:
            jobs.append((label, "Tabula CLI, xxgk's one-file JVM flags",
                         ["java", *ONE_FILE_FLAGS, "-cp", tabula_cp, "technology.tabula.CommandLineApp", "-l", "-p", "all", path]))
    for label, path in ((f"office/{DOCX.name}", DOCX), (f"html/{HTML.name}", HTML),
                        (f"text dump {text.name if text else ''}", text)):
        if path is None or not path.exists():
            note(f"{label} missing: left out")
            continue
        jobs.append((label, "xxgk", xxgk(path)))

    out = work / "single"
    out.mkdir(exist_ok=True)
    results = {i: [] for i in range(len(jobs))}
    # One unmeasured run of each (file cache, xxgk's class-data archive), then RUNS rounds that
    # take every command in turn, so a change in the machine's load falls on all of them alike.
    for rnd in range(runs + 1):
        log(f"single files: round {rnd}/{runs}" + (" (warm-up)" if rnd == 0 else ""))
        for i, (label, name, cmd) in enumerate(jobs):
            r = measure(cmd, out / f"{i}.out", out / f"{i}.err")
            size = (out / f"{i}.out").stat().st_size
            r["output_bytes"] = size
            if r["rc"] != 0 or (size == 0 and label != "floor"):
                note(f"{name} on {label}: exit {r['rc']}, {size} bytes out: "
                     + (out / f"{i}.err").read_text(errors="replace")[:200])
            if rnd:
                results[i].append(r)
    rows = []
    for i, (label, name, cmd) in enumerate(jobs):
        status = ""
        if name == "xxgk" and label != "floor":
            try:
                status = json.loads((out / f"{i}.out").read_text()).get("status", "")
            except (ValueError, OSError):
                status = "unreadable JSON"
        rows.append({"input": label, "tool": name, "runs": results[i], "status": status,
                     "command": " ".join(str(c) for c in cmd).replace(str(ROOT) + "/", "").replace(tabula_cp or "\0", "TABULA_CP")})
    return rows


# ---------------------------------------------------------------- 2. batches

def batch_inputs(work, count, long_counts):
    """Folders of copies of test reports: COUNT per format class, and the long batches
    (class -> files) of LONG_COUNTS; plus FLOOR, COUNT one-line text files that are no report, which
    every step of a batch but the conversion's own work (the launcher JVM, the worker JVM, reading,
    detecting, writing each file) goes through."""
    office = TESTDATA / "office"
    sources = {
        "PDF": [office / f"{n}.pdf" for n in ("000", "002", "003", "004", "004-noborder")] + [HUAIAN, HONGZE],
        "Word (DOCX + DOC)": [office / f"{n}.{e}" for n in ("000", "002", "003", "004") for e in ("docx", "doc")],
        "HTML + text dumps": sorted((TESTDATA / "html").glob("*.html")) + sorted((SHARED / "seeds").glob("*.txt")),
    }
    wanted = [(name, count, False) for name in sources] + [(name, n, True) for name, n in long_counts.items()]
    folders = {}
    for name, files_wanted, long in wanted:
        files = [f for f in sources.get(name, []) if f.exists()]
        if not files:
            note(f"batch {name}: no inputs found")
            continue
        key = f"{name}, long" if long else name
        folder = work / ("batch-" + name.split()[0].lower() + (f"-long-{files_wanted}" if long else ""))
        folder.mkdir(exist_ok=True)
        for i in range(files_wanted):
            src = files[i % len(files)]
            shutil.copyfile(src, folder / f"{i:03d}-{src.name}")
        folders[key] = (folder, [f.name for f in files], files_wanted)
    floor = work / "batch-floor"
    floor.mkdir(exist_ok=True)
    for i in range(count):
        (floor / f"{i:03d}.txt").write_text("这不是年度报告。\n", encoding="utf-8")
    folders[FLOOR] = (floor, ["a one-line text file that is no report"], count)
    return folders


FLOOR = "floor: no report in the files"


def batches(work, runs, count, long_counts, tabula_cp):
    folders = batch_inputs(work, count, long_counts)
    results = {name: [] for name in folders}
    statuses = {}
    tabula_runs = []
    # Unmeasured: the first batch makes the class archives of the batch's process and its workers.
    log("batch warm-up (class archives)")
    shutil.rmtree(work / "batch-out", ignore_errors=True)
    measure([XXGK, "convert", folders[FLOOR][0], "-o", work / "batch-out", "-j", "2", "--force"],
            work / "batch.out", work / "batch-warm-up.err")
    for rnd in range(runs):
        if tabula_cp and "PDF" in folders:
            # Tabula's own batch mode on a copy of the same PDFs: -b FOLDER writes a CSV beside each.
            log(f"batch PDF, Tabula -b: run {rnd + 1}/{runs}")
            copy = work / "batch-pdf-tabula"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(folders["PDF"][0], copy)
            r = measure(["java", "-cp", tabula_cp, "technology.tabula.CommandLineApp", "-b", copy, "-l", "-p", "all"],
                        work / "tabula.out", work / f"tabula-{rnd}.err", sample=True)
            r["outputs"] = len(list(copy.glob("*.csv")))
            if r["rc"] != 0 or r["outputs"] != count:
                note(f"Tabula -b: exit {r['rc']}, {r['outputs']} of {count} CSV files")
            tabula_runs.append(r)
        for name, (folder, _, files) in folders.items():
            log(f"batch {name}: run {rnd + 1}/{runs}")
            target = work / "batch-out"
            shutil.rmtree(target, ignore_errors=True)
            r = measure([XXGK, "convert", folder, "-o", target, "-j", "2", "--force"],
                        work / "batch.out", work / f"batch-{rnd}.err", sample=True)
            outputs = list(target.rglob("*.json")) if target.exists() else []
            r["outputs"] = len(outputs)
            # The floor's files are no reports: each fails, and so does the batch (exit 1).
            if r["rc"] != (1 if name == FLOOR else 0) or len(outputs) != files:
                note(f"batch {name}: exit {r['rc']}, {len(outputs)} of {files} outputs: "
                     + (work / f"batch-{rnd}.err").read_text(errors="replace")[-300:])
            counts = {}
            for o in outputs:
                try:
                    s = json.loads(o.read_text()).get("status", "?")
                except ValueError:
                    s = "unreadable"
                counts[s] = counts.get(s, 0) + 1
            statuses[name] = counts
            results[name].append(r)
    rows = [{"class": name, "files": folders[name][2], "sources": folders[name][1], "runs": results[name],
             "statuses": statuses.get(name, {})} for name in folders]
    if tabula_runs:
        rows.insert(1, {"class": "PDF, Tabula CLI 1.0.5 -b", "files": count, "sources": folders["PDF"][1],
                        "runs": tabula_runs, "statuses": {"csv": tabula_runs[-1]["outputs"]}})
    return rows


# ---------------------------------------------------------------- 3. page scaling

ORDER = [4, 5, 6, 1, 2, 3]


def paged_pdfs(work, sizes):
    made = {}
    for n in sizes:
        target = work / f"huaian-{n}p.pdf"
        pages = ",".join(str(ORDER[i % len(ORDER)]) for i in range(n))
        subprocess.run(["qpdf", "--empty", "--pages", HUAIAN, pages, "--", target], check=True)
        made[n] = target
    return made


def scaling(work, runs, tools):
    if not shutil.which("qpdf"):
        note("page scaling left out: qpdf not installed")
        return []
    sizes = [1, 10, 100]
    pdfs = paged_pdfs(work, sizes)
    out = work / "pages"
    out.mkdir(exist_ok=True)
    jobs = [(n, name, make(pdfs[n])) for n in sizes for name, make in tools.items()]
    results = {i: [] for i in range(len(jobs))}
    for rnd in range(runs):
        log(f"page scaling: run {rnd + 1}/{runs}")
        for i, (n, name, cmd) in enumerate(jobs):
            r = measure(cmd, out / f"{i}.out", out / f"{i}.err")
            if r["rc"] != 0:
                note(f"{name} on {n} pages: exit {r['rc']}: " + (out / f"{i}.err").read_text(errors="replace")[:200])
            results[i].append(r)
    return [{"pages": n, "tool": name, "runs": results[i]} for i, (n, name, _) in enumerate(jobs)]


# ---------------------------------------------------------------- 4. the server

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def multipart(path):
    boundary = "----xxgk-bench-" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def load_level(port, body, ctype, concurrency, seconds, cap):
    latencies, errors = [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    count = [0]

    def client():
        conn = None
        while True:
            with lock:
                if time.perf_counter() >= deadline or count[0] >= cap:
                    break
                count[0] += 1
            start = time.perf_counter()
            status = None
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                conn.request("POST", "/api/convert", body=body, headers={"Content-Type": ctype})
                resp = conn.getresponse()
                status = resp.status
                data = resp.read()
                took = time.perf_counter() - start
                ok = status == 200 and data[:1] in (b"{", b"[")
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                took, ok, data = time.perf_counter() - start, False, str(e).encode()
                if conn:
                    conn.close()
                conn = None
            with lock:
                if ok:
                    latencies.append(took)
                else:
                    errors.append((status, data[:120]))
        if conn:
            conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


def server(work, seconds, cap):
    port = free_port()
    files = [f for f in (OFFICE_PDF, HTML) if f.exists()]
    err_path = work / "serve.err"
    with open(work / "serve.out", "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(XXGK), "serve", "--port", str(port)], stdout=out, stderr=err, cwd=ROOT)
    sampler = TreeSampler(proc.pid)
    ready = None
    while time.perf_counter() - start < 120 and proc.poll() is None:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                ready = time.perf_counter() - start
                break
        except OSError:
            pass
        time.sleep(0.1)
    rows = []
    if ready is None:
        note("server did not start: " + err_path.read_text(errors="replace")[-300:])
    else:
        idle_peak, _ = sampler.reset()
        served = 0  # conversions before each level: a worker is replaced after 1,000 files
        for path in files:
            body, ctype = multipart(path)
            log(f"server: warm-up with {path.name}")
            lat, errs, _ = load_level(port, body, ctype, 2, 60, 20)
            served += len(lat) + len(errs)
            sampler.reset()
            for c in (1, 2, 8):
                log(f"server: {path.name} at concurrency {c} for {seconds} s")
                load, before = load1(), served
                lat, errs, elapsed = load_level(port, body, ctype, c, seconds, cap)
                served += len(lat) + len(errs)
                peak, most = sampler.reset()
                if errs:
                    note(f"server {path.name} c={c}: {len(errs)} failed requests, e.g. {errs[0]}")
                rows.append({"file": path.name, "concurrency": c, "requests": len(lat), "errors": len(errs),
                             "elapsed": elapsed, "rps": len(lat) / elapsed if elapsed else 0,
                             "p50": percentile(lat, 50), "p99": percentile(lat, 99), "max": max(lat, default=0),
                             "tree_peak": peak, "processes": most, "load": load,
                             "served_before": before})
    proc.send_signal(signal.SIGTERM)
    status = usage = None
    for _ in range(300):
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.1)
    else:
        note("server did not stop within 30 s of SIGTERM: killed")
        proc.kill()
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop()
    reap_leftovers("xxgk serve")
    return {"port": port, "startup": ready, "idle_tree_peak": idle_peak if ready else None, "levels": rows,
            "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss * 1024, "rc": proc.returncode,
            "files": [f.name for f in files]}


# ---------------------------------------------------------------- report

def fmt_s(s):
    return f"{s:.2f} s" if s >= 0.095 else f"{s * 1000:.0f} ms"


def fmt_mib(b):
    return f"{b / MIB:.0f} MiB"


def markdown(info, single, batch, pages, serve, args):
    m = info["machine"]
    lines = [f"Measured {m['date']} by `{info['command']}` (commit {m['commit']}).", "",
             f"Machine: {m['nproc']} cores ({m['cpu']}), {m['memory']}, Linux {m['kernel']}, {m['java']}, "
             f"Python {m['python']}; {m['xxgk']}, Tabula 1.0.5 (PDFBox 2.0.24), "
             f"pdfplumber {info.get('pdfplumber', ['—', '—'])[0]} (pdfminer.six {info.get('pdfplumber', ['—', '—'])[-1]}), "
             f"{m['pdftotext']}, {m['qpdf']}.", "",
             f"Load (`uptime`) at the start: {info['load_start']}" +
             (f"; waited {info['waited']} s for the 1-minute load to fall to {LOAD_LIMIT}" if info['waited'] else "") +
             (" (it had not: measured anyway)" if info['load_measured_from'] > LOAD_LIMIT else "") + ".",
             f"1-minute load when each part began: " + ", ".join(f"{k} {v:.2f}" for k, v in info["loads"]) +
             f"; at the end: {info['load_end']}.", ""]

    if single:
        lines += [f"### Cold single file (fresh process, median of {args.runs} runs after one warm-up)", "",
                  "| input | tool | wall | CPU (user+sys) | peak RSS | wall vs Tabula CLI |",
                  "|---|---|---|---|---|---|"]
        tabula_wall = {r["input"]: median_of(r["runs"], "wall") for r in single if r["tool"] == "Tabula CLI 1.0.5"}
        for r in single:
            wall = median_of(r["runs"], "wall")
            ratio = f"{wall / tabula_wall[r['input']]:.2f}×" if r["input"] in tabula_wall and r["input"] != "floor" else ""
            tool = f"**{r['tool']}**" if r["tool"] == "xxgk" else r["tool"]
            status = f" ({r['status']})" if r["status"] else ""
            lines.append(f"| {r['input']} | {tool}{status} | {fmt_s(wall)} | {fmt_s(median_of(r['runs'], 'cpu'))} | "
                         f"{fmt_mib(median_of(r['runs'], 'maxrss'))} | {ratio} |")
        lines.append("")
    if batch:
        lines += [f"### Batches: `xxgk convert FOLDER -o OUT -j 2 --force` (median of {args.batch_runs} runs)", "",
                  "| format class | files | wall | reports/s | CPU per report | tree peak RSS (sum) | largest process | statuses |",
                  "|---|---|---|---|---|---|---|---|"]
        for b in batch:
            wall = median_of(b["runs"], "wall")
            lines.append(f"| {b['class']} | {b['files']} | {fmt_s(wall)} | {b['files'] / wall:.1f} | "
                         f"{fmt_s(median_of(b['runs'], 'cpu') / b['files'])} | {fmt_mib(median_of(b['runs'], 'tree_peak'))} | "
                         f"{fmt_mib(median_of(b['runs'], 'maxrss'))} | "
                         + ", ".join(f"{k} {v}" for k, v in sorted(b["statuses"].items())) + " |")
        lines += ["", "The long batches give the rate once the JVMs' start and warm-up are shared by many files; the "
                  "floor row is a batch of one-line text files that are no report, which go through every step "
                  "of a batch (the launcher JVM, a worker JVM, reading, detecting, writing each file's JSON) but "
                  "the conversion's own work: no batch of as many files ends sooner.", ""]
    if pages:
        lines += [f"### Page scaling: the 淮安 report's pages repeated (fresh process, median of {args.page_runs} runs)", "",
                  "| pages | tool | wall | pages/s | CPU | peak RSS | MiB per page | extra s per page beyond 1 | extra MiB per page beyond 1 |",
                  "|---|---|---|---|---|---|---|---|---|"]
        one = {r["tool"]: r for r in pages if r["pages"] == 1}
        for r in pages:
            n, wall, rss_ = r["pages"], median_of(r["runs"], "wall"), median_of(r["runs"], "maxrss")
            extra_s = extra_m = ""
            if n > 1 and r["tool"] in one:
                base = one[r["tool"]]
                extra_s = fmt_s((wall - median_of(base["runs"], "wall")) / (n - 1))
                extra_m = f"{(rss_ - median_of(base['runs'], 'maxrss')) / MIB / (n - 1):.2f}"
            tool = f"**{r['tool']}**" if r["tool"] == "xxgk" else r["tool"]
            lines.append(f"| {n} | {tool} | {fmt_s(wall)} | {n / wall:.1f} | {fmt_s(median_of(r['runs'], 'cpu'))} | "
                         f"{fmt_mib(rss_)} | {rss_ / MIB / n:.1f} | {extra_s} | {extra_m} |")
        lines.append("")
    if serve and serve["levels"]:
        lines += [f"### Server: `xxgk serve`, POST /api/convert (multipart), {args.server_seconds} s per level", "",
                  f"Ready (GET /healthz answers) {fmt_s(serve['startup'])} after start, tree {fmt_mib(serve['idle_tree_peak'])} "
                  f"resident before the first request. Whole run: server CPU {serve['cpu']:.1f} s, largest single process "
                  f"{fmt_mib(serve['maxrss'])}.", "",
                  "| file | concurrency | requests | requests/s | p50 | p99 | slowest | tree peak RSS (sum) | processes | served before | 1-min load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in serve["levels"]:
            err = f" ({r['errors']} failed)" if r["errors"] else ""
            lines.append(f"| {r['file']} | {r['concurrency']} | {r['requests']}{err} | {r['rps']:.1f} | {fmt_s(r['p50'])} | "
                         f"{fmt_s(r['p99'])} | {fmt_s(r['max'])} | {fmt_mib(r['tree_peak'])} | {r['processes']} | {r['served_before']} | {r['load']:.1f} |")
        lines.append("")
    lines += ["CPU is user + sys of the process and every descendant it waited for (`os.wait4`); peak RSS is "
              "`ru_maxrss`, the largest single process (for xxgk's batches and server, including its worker JVMs). "
              "Tree peak RSS is the sum over the process and its descendants, sampled every 50 ms from /proc "
              "(pages shared between JVMs counted in each).", ""]
    if notes:
        lines += ["Notes from the run:", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs per cold single file (default 5)")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs per batch (default 3)")
    parser.add_argument("--batch-files", type=int, default=60, help="files per batch folder (default 60)")
    parser.add_argument("--long-batches", default="HTML + text dumps=600,Word (DOCX + DOC)=300",
                        help="long batches, CLASS=FILES comma-separated (default: 600 web pages and text dumps, 300 Word files; '' for none)")
    parser.add_argument("--page-runs", type=int, default=3, help="runs per page-scaling PDF and tool (default 3)")
    parser.add_argument("--server-seconds", type=float, default=15, help="seconds per concurrency level (default 15)")
    parser.add_argument("--server-cap", type=int, default=3000, help="most requests per level (default 3000)")
    parser.add_argument("--wait", type=int, default=1200, help="longest wait for a quiet machine, s (default 1200)")
    parser.add_argument("--quick", action="store_true", help="1 run each, 10 files per batch, 3 s per level: to try the script")
    parser.add_argument("--only", default="single,batch,pages,server", help="parts to run, comma-separated")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmark" / "side-by-side.md")
    args = parser.parse_args()
    if args.quick:
        args.runs = args.batch_runs = args.page_runs = 1
        args.batch_files, args.server_seconds, args.wait, args.long_batches = 10, 3, 0, ""
    parts = set(args.only.split(","))
    become_subreaper()

    load_start, waited = wait_for_quiet(args.wait)
    info = {"command": "python3 benchmark/compare.py" + "".join(f" {a}" for a in sys.argv[1:]),
            "load_start": load_start, "waited": waited, "load_measured_from": load1(), "loads": []}
    log("preparing: xxgk jar, Tabula classpath, pdfplumber")
    info["machine"] = machine()  # runs ./xxgk --version, which builds the jar if it is missing or stale
    work = Path(tempfile.mkdtemp(prefix="xxgk-compare-"))
    try:
        tabula_cp = tabula_classpath(work)
        plumber = pdfplumber_version()
        if plumber:
            info["pdfplumber"] = plumber
        tools = pdf_tools(work, tabula_cp, plumber)
        single = batch = pages = serve = None
        if "single" in parts:
            info["loads"].append(("single files", load1()))
            single = single_files(work, args.runs, tools, tabula_cp, plumber)
        if "batch" in parts:
            info["loads"].append(("batches", load1()))
            long_counts = {k.strip(): int(v) for k, v in (p.rsplit("=", 1) for p in args.long_batches.split(",") if p.strip())}
            batch = batches(work, args.batch_runs, args.batch_files, long_counts, tabula_cp)
        if "pages" in parts:
            info["loads"].append(("page scaling", load1()))
            pages = scaling(work, args.page_runs, tools)
        if "server" in parts:
            info["loads"].append(("server", load1()))
            serve = server(work, args.server_seconds, args.server_cap)
        info["load_end"] = uptime()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = markdown(info, single, batch, pages, serve, args)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    args.out.with_suffix(".json").write_text(json.dumps(
        {"info": info, "single": single, "batch": batch, "pages": pages, "server": serve, "notes": notes},
        ensure_ascii=False, indent=1, default=str) + "\n")
    log(f"written: {args.out} and {args.out.with_suffix('.json')}")


if __name__ == "__main__":
    main()
