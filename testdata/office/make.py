#!/usr/bin/env python3
"""Renders the HTML test reports to PDF, Word and Excel files with LibreOffice, as a publisher would.

Only the report itself is rendered (the article body of each page, without the site's header,
navigation and footer), so each file looks like the document a government office writes.
Needs Debian's libreoffice-writer-nogui and libreoffice-calc-nogui. The produced files are
committed, so the tests need no LibreOffice.

    python3 testdata/office/make.py
"""
import html.parser
import re
import pathlib
import subprocess
import tempfile

HERE = pathlib.Path(__file__).parent
PAGES = HERE.parent / "html"
# The element holding the report body on each page: (attribute, value).
CONTENT = {
    "000": ("class", "TRS_Editor"),
    "002": ("class", "art-content"),
    "003": ("id", "zoom"),
    "004": ("class", "article-content"),
}
FORMATS = [
    ("pdf", "HTML (StarWriter)", "pdf:writer_pdf_Export"),
    ("docx", "HTML (StarWriter)", 'docx:MS Word 2007 XML'),
    ("doc", "HTML (StarWriter)", "doc:MS Word 97"),
    ("xlsx", "HTML (StarCalc)", "xlsx:Calc MS Excel 2007 XML"),
    ("xls", "HTML (StarCalc)", "xls:MS Excel 97"),
]
VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source"}


class Cut(html.parser.HTMLParser):
    """Copies the source text of the first element with the wanted attribute, tags and all."""

    def __init__(self, source, attribute, value):
        super().__init__(convert_charrefs=False)
        self.source, self.attribute, self.value = source, attribute, value
        self.depth, self.start, self.end = 0, None, None

    def position(self):
        line, column = self.getpos()
        lines = self.source.splitlines(keepends=True)
        return sum(len(l) for l in lines[: line - 1]) + column

    def handle_starttag(self, tag, attrs):
        if self.end is not None:
            return
        if self.start is None:
            classes = dict(attrs).get(self.attribute, "") or ""
            if self.value in classes.split() or classes == self.value:
                self.start, self.depth = self.position(), 1
            return
        if tag not in VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.start is None or self.end is not None or tag in VOID:
            return
        self.depth -= 1
        if self.depth == 0:
            self.end = self.position() + len(f"</{tag}>")


def report_body(number):
    source = (PAGES / f"{number}.html").read_text("utf-8")
    cut = Cut(source, *CONTENT[number])
    cut.feed(source)
    assert cut.start is not None and cut.end is not None, number
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>report</title></head><body>\n'
            + source[cut.start:cut.end] + "\n</body></html>\n")


def without_rulings(html_text):
    """The same report with every table border removed: a PDF whose tables have no lines."""
    html_text = re.sub(r'\sborder="\d+"', "", html_text)
    html_text = re.sub(r"border(-[a-z]+)?\s*:[^;\"]*;?", "", html_text)
    return html_text.replace("<table", '<table border="0"')


def convert(page, extension, import_filter, export_filter, name):
    subprocess.run(["soffice", "--headless", f"--infilter={import_filter}", "--convert-to", export_filter,
                    "--outdir", str(page.parent), str(page)], check=True, capture_output=True)
    produced = page.with_suffix("." + extension)
    target = HERE / f"{name}.{extension}"
    produced.replace(target)
    print("wrote", target)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for number in CONTENT:
            page = pathlib.Path(tmp) / f"{number}.html"
            page.write_text(report_body(number), "utf-8")
            for extension, import_filter, export_filter in FORMATS:
                convert(page, extension, import_filter, export_filter, number)
        # One report printed without table lines, as some publishers do: read by Tabula's stream mode.
        page = pathlib.Path(tmp) / "004-noborder.html"
        page.write_text(without_rulings(report_body("004")), "utf-8")
        convert(page, "pdf", "HTML (StarWriter)", "pdf:writer_pdf_Export", "004-noborder")


if __name__ == "__main__":
    main()
