#!/usr/bin/env python3
"""Writes office/NNN.EXT.expected.json from the hand-written html/NNN.expected.json.

The Word and Excel files are renderings of the same reports (make.py), so they must give the
same document; only the source block and the place a message points at differ. PLACES was read
off the files by hand: tables and rows counted in Word, rows of a CSV export of each sheet.
"""
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
}
# (report, format family) -> {place in the web page: place in the file}
WORD = {"000": {"第414行": "第3个表格第4行"}, "002": {"第203行": "第2个表格第8行"}}
SHEET = {"000": {"第414行": "工作表「Sheet1」第56行"}, "002": {"第203行": "工作表「Sheet1」第34行"}}

for number in ["000", "002", "003", "004"]:
    for extension, media_type in MEDIA_TYPES.items():
        document = json.loads((HERE.parent / "html" / f"{number}.expected.json").read_text("utf-8"))
        path = HERE / f"{number}.{extension}"
        document["source"] = {
            "file": path.name,
            "media_type": media_type,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "pages": None,
        }
        places = (WORD if extension.startswith("doc") else SHEET).get(number, {})
        for finding in document["findings"]:
            for old, new in places.items():
                finding["message"] = finding["message"].replace(old, new)
        (HERE / f"{number}.{extension}.expected.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")

# The official template filled with seed 004 (make-template.sh) must give seed 004's document.
template = HERE / "template-filled-004.docx"
document = json.loads((HERE.parent / "seeds" / "004.expected.json").read_text("utf-8"))
document["source"] = {
    "file": template.name,
    "media_type": MEDIA_TYPES["docx"],
    "sha256": hashlib.sha256(template.read_bytes()).hexdigest(),
    "pages": None,
}
(HERE / f"{template.name}.expected.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
