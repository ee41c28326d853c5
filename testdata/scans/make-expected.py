#!/usr/bin/env python3
"""Writes scans/NAME.expected.json: the truth about each pictures-only document (make.py).

The truth is the source document's: the values and findings of the report the pictures were made
from (office/NNN.pdf.expected.json, html/003.expected.json), the narrative and report
information of seed 001 for the 001-tables documents (their text is seed 001's; their tables
are those of html/000.html). A picture loses nothing the source had, so these are what a perfect
reader would give; ScanConversionTest holds the converter to them, allowing only what the form
lets OCR say it could not read (a null with ocr_uncertain or another finding at that path).

Messages are not kept: where a finding points in a picture differs from where it pointed in
the source. The 001 documents keep the three findings about 000's tables (not 000's
narrative_mismatch: their narrative is 001's, which states no number of the tables) and add the
template_mismatch their 2020 date causes (2021-template tables in a 2020 report).
"""
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
TESTDATA = HERE.parent

MEDIA_TYPES = {".pdf": "application/pdf", ".tif": "image/tiff", ".jpg": "image/jpeg",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               ".mht": "multipart/related"}
PAGES = {"000-scan.pdf": 4, "002-scan.pdf": 5, "003-fax.tif": 4, "004-scan.tif": 5, "003-page.jpg": 1,
         "001-tables.pdf": 4, "001-tables.docx": None, "001-tables.mht": None}
SOURCES = {"000-scan.pdf": "office/000.pdf.expected.json", "002-scan.pdf": "office/002.pdf.expected.json",
           "003-fax.tif": "office/003.pdf.expected.json", "004-scan.tif": "office/004.pdf.expected.json",
           "003-page.jpg": "html/003.expected.json"}
TABLES = ["active_disclosure", "applications", "review_litigation"]


def load(path):
    return json.loads((TESTDATA / path).read_text("utf-8"))


def without_messages(findings):
    return [{k: v for k, v in f.items() if k != "message"} for f in findings]


def source(name):
    data = (HERE / name).read_bytes()
    return {"file": name, "media_type": MEDIA_TYPES[pathlib.Path(name).suffix], "sha256": hashlib.sha256(data).hexdigest(),
            "pages": PAGES[name]}


def write(name, document):
    (HERE / (name + ".expected.json")).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


for name, origin in SOURCES.items():
    truth = load(origin)
    truth["source"] = source(name)
    truth["findings"] = without_messages(truth["findings"])
    write(name, truth)

tables = load("office/000.pdf.expected.json")
seed = load("seeds/001.expected.json")
for name in ["001-tables.pdf", "001-tables.docx", "001-tables.mht"]:
    document = {"schema": tables["schema"], "source": source(name), "report": dict(seed["report"], template="2021")}
    for key in TABLES:
        document[key] = tables[key]
    document["narrative"] = seed["narrative"]
    document["findings"] = [{"rule": "template_mismatch", "severity": "warning", "path": "/report/template"}] \
        + without_messages([f for f in tables["findings"] if f["rule"] != "narrative_mismatch"])
    document["status"] = tables["status"]
    write(name, document)
print("wrote the expected documents of", HERE)
