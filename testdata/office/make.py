#!/usr/bin/env python3
"""Renders the HTML test reports to Word and Excel files with LibreOffice, as a publisher would.

Only the report itself is rendered (the article body of each page, without the site's header,
navigation and footer), so each file looks like the document a government office writes.
Needs Debian's libreoffice-writer-nogui and libreoffice-calc-nogui. The produced files are
committed, so the tests need no LibreOffice.

    python3 testdata/office/make.py
"""
import html.parser
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


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for number in CONTENT:
            page = pathlib.Path(tmp) / f"{number}.html"
            page.write_text(report_body(number), "utf-8")
            for extension, import_filter, export_filter in FORMATS:
                subprocess.run(["soffice", "--headless", f"--infilter={import_filter}", "--convert-to", export_filter,
                                "--outdir", str(HERE), str(page)], check=True, capture_output=True)
                print("wrote", HERE / f"{number}.{extension}")


if __name__ == "__main__":
    main()
