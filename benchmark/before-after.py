#!/usr/bin/env python3
"""Two xxgk trees side by side, interleaved: each run through the tree's own ./xxgk launcher.

    git worktree add /tmp/before REV && (cd /tmp/before && ./xxgk --version)
    python3 benchmark/before-after.py /tmp/before .

The machine's mood changes from minute to minute; running the two trees one after the other,
round after round, lets the comparison share it. Single files: 5 runs each after a warm-up round
that makes the launchers' class archives; batches (-j 2): 2 runs each after one. It also checks
that both trees write the same bytes for every file of the three short batches together. Medians are printed as a
Markdown table (wall, CPU of the process tree, peak summed RSS, as compare.py measures them).
"""
import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (its measurement, inputs and helpers)

SINGLES = {
    "text dump 004": next((p for p in compare.TEXT_CANDIDATES if p.exists()), compare.TEXT_CANDIDATES[-1]),
    "html/004.html": compare.HTML,
    "huaian-2024.pdf": compare.HUAIAN,
    "office/004.docx": compare.DOCX,
}
TOGETHER = "the three short batches together"


def folders(work, count, long_count):
    """The compare.py batch folders of COUNT files, and web/text and Word ones of LONG_COUNT."""
    made = {name: folder for name, (folder, _, _) in compare.batch_inputs(work / "short", count, {}).items() if name != compare.FLOOR}
    long = {f"{name}, {long_count} files": folder for name, (folder, _, _) in compare.batch_inputs(work / "long", long_count, {}).items()
            if not name.startswith("PDF") and name != compare.FLOOR}
    together = work / "together"
    together.mkdir()
    for folder in made.values():
        for f in folder.iterdir():
            shutil.copyfile(f, together / f"{folder.name}-{f.name}")
    return {**{f"{name}, {count} files": folder for name, folder in made.items()}, **long, TOGETHER: together}


def digests(folder):
    return {p.relative_to(folder): hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*.json"))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the tree before (a folder with ./xxgk)")
    parser.add_argument("after", type=Path, help="the tree after")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch-runs", type=int, default=2)
    parser.add_argument("--files", type=int, default=60, help="files per short batch")
    parser.add_argument("--long-files", type=int, default=300, help="files per long batch (web/text, Word)")
    args = parser.parse_args()
    compare.become_subreaper()
    trees = {"before": args.before.resolve() / "xxgk", "after": args.after.resolve() / "xxgk"}
    with tempfile.TemporaryDirectory(prefix="xxgk-before-after-") as tmp:
        work = Path(tmp)
        (work / "short").mkdir()
        (work / "long").mkdir()
        batch = folders(work, args.files, args.long_files)
        out, err = work / "out.txt", work / "err.txt"
        results = {}
        for r in range(args.runs + 1):
            for label, path in SINGLES.items():
                for tree, launcher in trees.items():
                    m = compare.measure([str(launcher), "convert", str(path)], out, err, sample=True)
                    if r:
                        results.setdefault((label, tree), []).append(m)
        written = {}
        for r in range(args.batch_runs + 1):
            for label, folder in batch.items():
                for tree, launcher in trees.items():
                    target = work / f"out-{tree}"
                    shutil.rmtree(target, ignore_errors=True)
                    m = compare.measure([str(launcher), "convert", str(folder), "-o", str(target), "-j", "2", "--force", "-q"],
                                        out, err, sample=True)
                    if r:
                        results.setdefault((label, tree), []).append(m)
                    if label == TOGETHER:
                        written[tree] = digests(target)
        print(f"| run | before ({args.before}) | after ({args.after}) |")
        print("|---|---|---|")
        for label in [*SINGLES, *batch]:
            cells = []
            for tree in trees:
                runs = results[(label, tree)]
                cells.append(f"{compare.median_of(runs, 'wall'):.2f} s, {compare.median_of(runs, 'cpu'):.2f} s CPU, "
                             f"{compare.median_of(runs, 'tree_peak') / 2 ** 20:.0f} MiB")
            print(f"| {label} | {cells[0]} | {cells[1]} |")
        same = written["before"] == written["after"]
        print(f"\n{TOGETHER} ({len(written['after'])} JSON files): "
              + ("byte-identical between the trees." if same else "OUTPUTS DIFFER: "
                 + ", ".join(str(k) for k in written["after"] if written["before"].get(k) != written["after"][k])))
        print(f"Load at the end: {compare.uptime()}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
