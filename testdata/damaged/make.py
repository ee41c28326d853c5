#!/usr/bin/env python3
"""Makes testdata/damaged: copies of testdata/office/004.pdf damaged as by an interrupted download or a bad edit.

- 004-truncated-50.pdf, -75.pdf, -95.pdf: the first 50 %, 75 %, 95 % of 004.pdf's bytes
  (integer division of the size, 199,875 bytes).
- 004-bad-startxref.pdf: whole, but the number after `startxref` says 198705 instead of 198750
  (same length), so it points 45 bytes before the `xref` keyword, into the Info dictionary
  (object 45); the xref table itself is intact. Readers must rebuild the cross-reference.
- 004-catalog-first-truncated-50.pdf: 004.pdf rewritten by qpdf (`qpdf --object-streams=disable`,
  which writes the catalog, the page tree, the pages, their contents, the font dictionaries and
  the ToUnicode maps first and the embedded font programs last, as most non-LibreOffice writers
  order a PDF) and then cut at 50 % of its bytes. LibreOffice puts the page tree and catalog in
  the last 1 % of the file, so its truncated copies keep no page at all; this one keeps
  everything but the trailer, the xref and half of the font programs.

For every file the script runs `pdfinfo`, `pdftotext` per page and `qpdf --check` and prints what
survives (NOTES.md records it). Expected JSON: files of which nothing can be read get a failed
document (finding `unreadable`, the PDF extractor's message); files a reader can still read get
004.pdf's expected JSON with a new source block. The damaged_source finding is left to the
project owner. Needs poppler-utils and qpdf (apt-get install qpdf).

    python3 testdata/damaged/make.py
"""
import hashlib
import json
import pathlib
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent / "office" / "004.pdf"
EXPECTED = HERE.parent / "office" / "004.pdf.expected.json"
PDF = "application/pdf"
UNREADABLE = "PDF文档已损坏或不完整，无法读取"  # converter/.../extract/pdf/PdfExtractor.java


def run(*command):
    result = subprocess.run(command, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def survey(path):
    """What poppler and qpdf can read of the file, as printed lines."""
    lines = [f"{path.name} ({path.stat().st_size} bytes)"]
    code, out, err = run("pdfinfo", str(path))
    pages = next((int(l.split()[1]) for l in out.splitlines() if l.startswith("Pages:")), 0)
    lines.append(f"  pdfinfo: exit {code}, pages {pages or 'none'}; stderr: {' / '.join(sorted(set(err.splitlines()))) or '-'}")
    readable = []
    for page in range(1, pages + 1):
        code, out, err = run("pdftotext", "-f", str(page), "-l", str(page), str(path), "-")
        if code == 0 and out.strip():
            readable.append(f"{page} ({len(out)} chars)")
    code, out, err = run("pdftotext", str(path), "-")
    lines.append(f"  pdftotext: exit {code}, {len(out)} chars; pages with text: {', '.join(readable) or 'none'}; "
                 f"stderr: {' / '.join(sorted(set(err.splitlines()))) or '-'}")
    code, out, err = run("qpdf", "--check", str(path))
    lines.append(f"  qpdf --check: exit {code}; " + " / ".join((out + err).strip().splitlines()))
    print("\n".join(lines))
    return pages, readable


def failed_document(path):
    return {
        "schema": "govinfo-annual-report/1",
        "source": {"file": path.name, "media_type": PDF, "sha256": sha256(path), "pages": None},
        "report": {"title": None, "issuer": None, "year": None, "template": None},
        "active_disclosure": None,
        "applications": None,
        "review_litigation": None,
        "narrative": {"overview": None, "problems_and_improvements": None, "other_matters": None},
        "findings": [{"rule": "unreadable", "severity": "error", "path": "", "message": UNREADABLE}],
        "status": "failed",
    }


def whole_document(path, pages):
    document = json.loads(EXPECTED.read_text("utf-8"))
    document["source"] = {"file": path.name, "media_type": PDF, "sha256": sha256(path), "pages": pages}
    return document


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_expected(path, document):
    (HERE / f"{path.name}.expected.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main():
    good = SOURCE.read_bytes()
    for percent in (50, 75, 95):
        path = HERE / f"004-truncated-{percent}.pdf"
        path.write_bytes(good[:len(good) * percent // 100])
        pages, readable = survey(path)
        assert not readable  # LibreOffice's page tree and catalog are in the last 1 %
        write_expected(path, failed_document(path))

    path = HERE / "004-bad-startxref.pdf"
    assert good.count(b"startxref\n198750\n") == 1 and good.index(b"\nxref\n") + 1 == 198750
    path.write_bytes(good.replace(b"startxref\n198750\n", b"startxref\n198705\n"))
    pages, readable = survey(path)
    assert pages == 5 and len(readable) == 5
    write_expected(path, whole_document(path, 5))

    with tempfile.TemporaryDirectory() as tmp:
        rewritten = pathlib.Path(tmp) / "004-catalog-first.pdf"
        subprocess.run(["qpdf", "--object-streams=disable", str(SOURCE), str(rewritten)], check=True)
        data = rewritten.read_bytes()
    assert data.index(b"/Type /Catalog") < len(data) // 100
    path = HERE / "004-catalog-first-truncated-50.pdf"
    path.write_bytes(data[:len(data) // 2])
    survey(path)  # poppler and qpdf read nothing; PDFBox 3 rebuilds it (NOTES.md)
    write_expected(path, whole_document(path, 5))


if __name__ == "__main__":
    main()
