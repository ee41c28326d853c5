#!/usr/bin/env python3
"""Fills the Chinese messages of findings into an expected JSON whose findings were worked out
independently (rule, severity, path, expected, actual: by an oracle or by hand) and left as "TODO".

For each document it runs the converter (cli/target/xxgk.jar) and copies a finding's message only
when the converter produced the same finding: same rule, severity, path and numbers, in the same
order. Anything else is reported and the file is left alone, so the check stays independent:
only the wording comes from the converter.

    python3 testdata/fill-messages.py testdata/runtogether/*.txt
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = ROOT / "cli" / "target" / "xxgk.jar"


def key(finding):
    return tuple(json.dumps(finding.get(k), ensure_ascii=False, sort_keys=True)
                 for k in ("rule", "severity", "path", "expected", "actual"))


def main(paths):
    failed = 0
    for name in paths:
        document = pathlib.Path(name)
        expected_file = document.with_name(document.name + ".expected.json")
        expected = json.loads(expected_file.read_text("utf-8"))
        out = subprocess.run(["java", "-jar", str(JAR), "convert", str(document)], capture_output=True, text=True)
        actual = json.loads(out.stdout)
        mine = [key(f) for f in expected["findings"]]
        theirs = [key(f) for f in actual["findings"]]
        if mine != theirs:
            failed += 1
            print(f"{document}: findings differ", file=sys.stderr)
            for k in mine:
                if k not in theirs:
                    print("  expected only:", k, file=sys.stderr)
            for k in theirs:
                if k not in mine:
                    print("  converter only:", k, file=sys.stderr)
            continue
        for e, a in zip(expected["findings"], actual["findings"]):
            e["message"] = a["message"]
        expected_file.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
