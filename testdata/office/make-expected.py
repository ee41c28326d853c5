#!/usr/bin/env python3
"""Writes office/NAME.expected.json from the hand-written html/NNN.expected.json.

The PDF, Word and Excel files are renderings of the same reports (make.py), so they must give
the same document; only the source block and the place a message points at differ. The places
were read off the files by hand: tables and rows counted in Word, rows of a CSV export of each
sheet, pages with pdftotext.
"""
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
}
# (report, format family) -> {place in the web page: place in the file}
WORD = {"000": {"第414行": "第3个表格第4行"}, "002": {"第203行": "第2个表格第8行"}}
SHEET = {"000": {"第414行": "工作表「Sheet1」第56行"}, "002": {"第203行": "工作表「Sheet1」第34行"}}
# PDF pages: the blank 结果维持 cell is on page 4 of 000.pdf, the blank 总计 of 1.属于国家秘密 on
# page 3 of 002.pdf (pdftotext -f N -l N); page counts from pdfinfo.
PDF = {"000": {"第414行": "第4页"}, "002": {"第203行": "第3页"}}
PAGES = {"000.pdf": 4, "002.pdf": 5, "003.pdf": 4, "004.pdf": 5, "004-noborder.pdf": 5}

def write(number, path, media_type, places, source=None):
    source = source or HERE.parent / "html" / f"{number}.expected.json"
    document = json.loads(source.read_text("utf-8"))
    document["source"] = {
        "file": path.name,
        "media_type": media_type,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "pages": PAGES.get(path.name),
    }
    for finding in document["findings"]:
        for old, new in places.items():
            finding["message"] = finding["message"].replace(old, new)
    (HERE / f"{path.name}.expected.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


for number in ["000", "002", "003", "004"]:
    for extension, media_type in MEDIA_TYPES.items():
        family = PDF if extension == "pdf" else WORD if extension.startswith("doc") else SHEET
        write(number, HERE / f"{number}.{extension}", media_type, family.get(number, {}))
write("004", HERE / "004-noborder.pdf", MEDIA_TYPES["pdf"], {})

# The official template filled with seed 004 (make-template.sh) must give seed 004's document.
write("004", HERE / "template-filled-004.docx", MEDIA_TYPES["docx"], {}, source=HERE.parent / "seeds" / "004.expected.json")

# 004.pdf protected by an owner password only (testdata/bad/MakeBad.java): it opens like 004.pdf.
PAGES["004-owner-password.pdf"] = 5
write("004", HERE / "004-owner-password.pdf", MEDIA_TYPES["pdf"], {})
