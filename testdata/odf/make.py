#!/usr/bin/env python3
"""Makes testdata/odf: OpenDocument renderings of the office test reports, and their expected JSON.

- 000.odt, 002.odt, 004.odt: testdata/office/NNN.docx opened in LibreOffice and saved as ODT
  (soffice --convert-to odt, export filter writer8).
- 003.ods, 004.ods: testdata/office/NNN.xlsx saved as ODS (filter calc8).
- 002-from-html.odt: a different route to ODT: the report body of testdata/html/002.html (cut
  out as testdata/office/make.py does) imported with the HTML (StarWriter) filter and saved
  straight to ODT, never passing through DOCX. (The whole page does not load at all in
  LibreOffice 7.4: its <meta http-equiv="X-UA-Compatible"> tag makes soffice answer "source file
  could not be loaded"; and the site's header and footer would become report text.)

Every file's expected JSON is the expected JSON of the document it was made from with a new
"source" block; the places that findings name were checked in the ODF's content.xml (see
NOTES.md and check_places below). The script also checks that merged cells are written as
table:number-columns-spanned / table:number-rows-spanned with table:covered-table-cell.
Needs Debian's libreoffice-writer-nogui and libreoffice-calc-nogui. LibreOffice writes the
time of saving into meta.xml, so every run gives new bytes (and new sha256 in the expected JSON).

    python3 testdata/odf/make.py
"""
import hashlib
import importlib.util
import json
import pathlib
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
TESTDATA = HERE.parent
OFFICE = TESTDATA / "office"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"

# name -> (input, soffice arguments, media type, expected JSON it starts from, {old place: new place})
FILES = {
    "000.odt": (OFFICE / "000.docx", ["--convert-to", "odt:writer8"], ODT,
                OFFICE / "000.docx.expected.json", {}),
    "002.odt": (OFFICE / "002.docx", ["--convert-to", "odt:writer8"], ODT,
                OFFICE / "002.docx.expected.json", {}),
    "004.odt": (OFFICE / "004.docx", ["--convert-to", "odt:writer8"], ODT,
                OFFICE / "004.docx.expected.json", {}),
    "003.ods": (OFFICE / "003.xlsx", ["--convert-to", "ods:calc8"], ODS,
                OFFICE / "003.xlsx.expected.json", {}),
    "004.ods": (OFFICE / "004.xlsx", ["--convert-to", "ods:calc8"], ODS,
                OFFICE / "004.xlsx.expected.json", {}),
    "002-from-html.odt": (None, ["--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8"], ODT,
                          TESTDATA / "html" / "002.expected.json", {"第203行": "第2个表格第8行"}),
}
# Places named by findings, as (file, table number, row number, text expected in that row's cells).
PLACES = [
    ("000.odt", 3, 4, ["", "1", "0", "0", "4"]),           # 行政复议: 结果维持 blank, then 1 0 0 4
    ("002.odt", 2, 8, ["1.屬于國(guó)家秘密"]),           # the row whose 总计 is blank
    ("002-from-html.odt", 2, 8, ["1.屬于國(guó)家秘密"]),
]


def report_body_of_002():
    spec = importlib.util.spec_from_file_location("office_make", OFFICE / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.report_body("002")


def convert(source, arguments, name, tmp):
    work = pathlib.Path(tmp) / name.replace(".", "-")
    work.mkdir()
    page = work / (name.rsplit(".", 1)[0] + source.suffix)
    page.write_bytes(source.read_bytes())
    out = work / "out"
    subprocess.run(["soffice", "--headless", *arguments, "--outdir", str(out), str(page)],
                   check=True, capture_output=True)
    produced = out / (page.stem + "." + name.rsplit(".", 1)[1])
    (HERE / name).write_bytes(produced.read_bytes())
    print("wrote", HERE / name)


def table_rows(path, number):
    """Rows of the number-th table (1-based, document order) as lists of cell texts; covered cells are None."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    table = list(root.iter(f"{{{TABLE_NS}}}table"))[number - 1]
    rows = []
    for row in table.iter(f"{{{TABLE_NS}}}table-row"):
        cells = []
        for cell in row:
            repeat = int(cell.get(f"{{{TABLE_NS}}}number-columns-repeated", "1"))
            if cell.tag == f"{{{TABLE_NS}}}table-cell":
                cells += ["".join(cell.itertext()).strip()] * min(repeat, 64)
            elif cell.tag == f"{{{TABLE_NS}}}covered-table-cell":
                cells += [None] * min(repeat, 64)
        rows.append(cells)
    return rows


def check_merges(path):
    content = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    columns = len(re.findall(r'table:number-columns-spanned="(?!1")\d+"', content))
    rows = len(re.findall(r'table:number-rows-spanned="(?!1")\d+"', content))
    covered = content.count("<table:covered-table-cell")
    assert columns and rows and covered, (path.name, columns, rows, covered)
    print(f"  {path.name}: {columns} cells span columns, {rows} span rows, {covered} covered-table-cell elements")


def check_places():
    for name, table, row, wanted in PLACES:
        cells = [c for c in table_rows(HERE / name, table)[row - 1] if c is not None]
        assert all(any(w == c for c in cells) for w in wanted), (name, table, row, cells)
        if name == "000.odt":
            assert cells[:5] == wanted, cells
        else:
            assert cells[-1] == "", cells  # the blank 总计
        print(f"  {name}: table {table} row {row} = {cells}")


def write_expected(name, media_type, template, places):
    document = json.loads(template.read_text("utf-8"))
    path = HERE / name
    document["source"] = {
        "file": name,
        "media_type": media_type,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "pages": None,
    }
    for finding in document["findings"]:
        for old, new in places.items():
            finding["message"] = finding["message"].replace(old, new)
    (HERE / f"{name}.expected.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        body = pathlib.Path(tmp) / "002-from-html.html"
        body.write_text(report_body_of_002(), "utf-8")
        for name, (source, arguments, media_type, template, places) in FILES.items():
            convert(source or body, arguments, name, tmp)
    print("merged cells:")
    for name in FILES:
        check_merges(HERE / name)
    print("places named by findings:")
    check_places()
    for name, (source, arguments, media_type, template, places) in FILES.items():
        write_expected(name, media_type, template, places)


if __name__ == "__main__":
    main()
