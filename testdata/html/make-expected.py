#!/usr/bin/env python3
"""Writes html/NNN.expected.json from the hand-written seeds/NNN.expected.json.

The HTML pages carry the same report as the seed text dumps, so their expected output is the
seed's, with the source block describing the page and source line numbers in messages pointing
into the page. BLANK_CELL_LINES was read off the pages by hand (grep -n '<td></td>').
"""
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
BLANK_CELL_LINES = {"000": {"第315行": "第414行"}, "002": {"第94行": "第203行"}, "003": {}, "004": {}}

for number, line_map in BLANK_CELL_LINES.items():
    seed = json.loads((HERE.parent / "seeds" / f"{number}.expected.json").read_text("utf-8"))
    page = HERE / f"{number}.html"
    seed["source"] = {
        "file": page.name,
        "media_type": "text/html",
        "sha256": hashlib.sha256(page.read_bytes()).hexdigest(),
        "pages": None,
    }
    for finding in seed["findings"]:
        for old, new in line_map.items():
            finding["message"] = finding["message"].replace(old, new)
    (HERE / f"{number}.expected.json").write_text(json.dumps(seed, ensure_ascii=False, indent=2) + "\n", "utf-8")
