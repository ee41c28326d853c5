#!/usr/bin/env python3
"""Times OCR conversions end to end: `xxgk convert` on every document of testdata/scans and on a
6-page scan made here of ../shared/corpus/pdf/huaian-2024.pdf (200 dpi grey, turned 0.7 degree,
slightly blurred, JPEG quality 70: an ordinary office scan). OCR takes seconds, not milliseconds,
so JMH adds nothing: each file is converted RUNS times in a fresh JVM, as a user runs it, and the
median wall time, the time per page and the peak memory (resident set) are reported, with how
many values the conversion read exactly against the source's expected JSON.

Needs the built jar (mvn -q -DskipTests package -pl cli -am), Tesseract with chi_sim, GNU time,
poppler-utils and imagemagick (for the 6-page scan).

    python3 benchmark/ocr-benchmark.py [RUNS]
"""
import json
import pathlib
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = ROOT / "cli" / "target" / "xxgk.jar"
SCANS = ROOT / "testdata" / "scans"
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf" / "huaian-2024.pdf"
TABLES = ["active_disclosure", "applications", "review_litigation"]


def classpath():
    out = ROOT / "benchmark" / "target" / "converter-classpath.txt"
    subprocess.run(["mvn", "-q", "-o", "dependency:build-classpath", "-pl", "converter", f"-Dmdep.outputFile={out}"],
                   cwd=ROOT, check=True)
    return out.read_text().strip()


def huaian_scan(tmp):
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", CORPUS, tmp / "h"], check=True)
    pages = []
    for page in sorted(tmp.glob("h-*.png")):
        jpg = page.with_suffix(".jpg")
        subprocess.run(["convert", page, "-background", "white", "-rotate", "0.7", "+repage", "-blur", "0x0.5",
                        "-quality", "70", jpg], check=True)
        pages.append(jpg)
    target = tmp / "huaian-2024-scan.pdf"
    subprocess.run(["java", "-cp", classpath(), SCANS / "ImagesToPdf.java", target, *pages], check=True)
    return target


def leaves(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, path + "/" + key)
    else:
        yield path, node


def exact(expected, actual):
    values = hits = 0
    for table in TABLES:
        got = dict(leaves(actual.get(table) or {}))
        for path, value in leaves(expected.get(table) or {}):
            values += 1
            hits += value is None and got.get(path) is None or (
                value is not None and got.get(path) is not None and float(got[path]) == float(value))
    return hits, values


def measure(document, truth, runs):
    times, memory = [], []
    result = None
    for _ in range(runs):
        run = subprocess.run(["/usr/bin/time", "-f", "%e %M", "java", "-jar", JAR, "convert", document],
                             capture_output=True, text=True, check=True)
        elapsed, rss = run.stderr.strip().splitlines()[-1].split()
        times.append(float(elapsed))
        memory.append(int(rss) // 1024)
        result = json.loads(run.stdout)
    pages = result["source"]["pages"]
    hits, values = exact(json.loads(truth.read_text("utf-8")), result)
    median = statistics.median(times)
    per_page = f"{median / pages:.1f} s" if pages else "—"
    print(f"| {document.name} | {pages or '—'} | {median:.1f} s | {per_page} | {max(memory)} MB | {hits}/{values} |"
          f" {result['status']} |")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print("| document | pages | conversion (median) | per page | peak memory | values exact | status |")
    print("|---|---|---|---|---|---|---|")
    for document in sorted(SCANS.glob("*.*")):
        truth = SCANS / (document.name + ".expected.json")
        if truth.exists():
            measure(document, truth, runs)
    if CORPUS.exists():
        with tempfile.TemporaryDirectory() as tmp:
            measure(huaian_scan(pathlib.Path(tmp)), ROOT / "testdata" / "pdf" / "huaian-2024.expected.json", runs)


if __name__ == "__main__":
    main()
