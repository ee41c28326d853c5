#!/usr/bin/env python3
"""Writes test documents in the legacy and odd encodings reports arrive in, with their expected JSON.

Each is one of our own test documents, re-encoded; its expected JSON is the original's with only
the source block changed (and the media type where the name says otherwise):
  004-gbk-no-charset.html    html/004.html in GBK with its <meta charset> removed (no-break spaces as &nbsp;)
  000-utf16le-no-bom.html    html/000.html in UTF-16LE without a byte order mark
  004-turndown-gb18030.txt   markdown/004.turndown.md in GB18030, saved as .txt (Markdown by content)

    python3 testdata/encoding/make.py
"""
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
TESTDATA = HERE.parent


def write(name, data, source_expected, media_type):
    (HERE / name).write_bytes(data)
    expected = json.loads((TESTDATA / source_expected).read_text("utf-8"))
    expected["source"] = {"file": name, "media_type": media_type,
                          "sha256": hashlib.sha256(data).hexdigest(), "pages": None}
    (HERE / (name + ".expected.json")).write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")


page = (TESTDATA / "html" / "004.html").read_text("utf-8")
assert '<meta charset="utf-8">' in page
write("004-gbk-no-charset.html", page.replace('<meta charset="utf-8">', "").replace("\xa0", "&nbsp;").encode("gbk"), "html/004.expected.json", "text/html")

page = (TESTDATA / "html" / "000.html").read_text("utf-8")
write("000-utf16le-no-bom.html", page.encode("utf-16-le"), "html/000.expected.json", "text/html")

markdown = (TESTDATA / "markdown" / "004.turndown.md").read_text("utf-8")
write("004-turndown-gb18030.txt", markdown.encode("gb18030"), "markdown/004.turndown.md.expected.json", "text/markdown")
