#!/usr/bin/env python3
"""Writes the run-together text documents of testdata/runtogether/ from testdata/html/.

Users paste or scrape report pages as plain text, and the statistical tables lose their cell
separators: 规章000, 行政规范性文件0621, 一、本年新收政府信息公开申请数量4100000041.  This script
makes such text from the HTML test pages 000, 002, 003 (2019 template) and 004, deterministically
(Python 3 stdlib only, fixed seeds; running it twice gives byte-identical files).

Only the report body is used (the page's article <div>: TRS_Editor, trs_editor_view,
detail-content or article-content), as a reader selecting the article would get it.  Outside
tables every paragraph/heading is one line (its textContent, ends stripped).  Table rows are
written from the DOM as it stands: a rowspan label cell appears once, in the row whose <tr> holds
it (三、本年度办理结果（一）予以公开…), a blank cell contributes nothing, <br> contributes nothing,
every cell's text is stripped of surrounding whitespace.  Pinyin annotations, traditional
characters and full-width digits of the pages are kept as they are.

Flavours (NAME-FLAVOUR.txt):
  scraped  - one line per table row, the cells' texts concatenated with no separator.
  oneline  - one line per table: all its rows concatenated with nothing between them.
  spaced   - like scraped, but a seeded-random subset (about a third) of the boundaries between
             adjacent non-blank cells keeps one space (230 000023).

The expected JSON of each document is not written here: oracle.py computes it from the text.
"""
import pathlib
import random
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
HTML = HERE.parent / "html"

CONTENT_CLASSES = ("TRS_Editor", "trs_editor_view", "detail-content", "article-content")
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li"}
VOID_TAGS = {"br", "img", "meta", "link", "input", "hr"}

DOCUMENTS = [
    ("000", "scraped"),
    ("000", "oneline"),
    ("000", "spaced"),
    ("002", "scraped"),
    ("002", "spaced"),
    ("003", "oneline"),
    ("003", "spaced"),
    ("004", "scraped"),
    ("004", "oneline"),
    ("004", "spaced"),
]
SPACE_PROBABILITY = 0.35


class ReportBody(HTMLParser):
    """Blocks of the article body: ("para", text) or ("table", [[cell text, ...], ...])."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.content_depth = None  # None: not reached yet; -1: left
        self.blocks = []
        self.table_depth = 0
        self.rows = self.row = self.cell = self.para = None

    def inside(self):
        return self.content_depth is not None and self.content_depth != -1

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        self.stack.append(tag)
        if self.content_depth is None:
            classes = (dict(attrs).get("class") or "").split()
            if tag == "div" and any(c in classes for c in CONTENT_CLASSES):
                self.content_depth = len(self.stack)
            return
        if not self.inside():
            return
        if tag == "table":
            self.flush_para()
            self.table_depth += 1
            if self.table_depth == 1:
                self.rows = []
        elif self.table_depth:
            if tag == "tr":
                self.row = []
            elif tag in ("td", "th"):
                self.cell = ""
        elif tag in BLOCK_TAGS:
            self.flush_para()
            self.para = ""

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        while self.stack and self.stack.pop() != tag:
            pass
        if not self.inside():
            return
        if len(self.stack) < self.content_depth:
            self.flush_para()
            self.content_depth = -1
            return
        if tag == "table":
            self.table_depth -= 1
            if self.table_depth == 0:
                self.blocks.append(("table", self.rows))
                self.rows = None
        elif self.table_depth:
            if tag in ("td", "th") and self.cell is not None:
                self.row.append(self.cell.strip())
                self.cell = None
            elif tag == "tr" and self.row is not None:
                self.rows.append(self.row)
                self.row = None
        elif tag in BLOCK_TAGS:
            self.flush_para()

    def handle_data(self, data):
        if not self.inside():
            return
        if self.table_depth:
            if self.cell is not None:
                self.cell += data
        elif self.para is not None:
            self.para += data
        elif data.strip():
            self.para = data

    def flush_para(self):
        if self.para is not None and self.para.strip():
            self.blocks.append(("para", self.para.strip()))
        self.para = None


def body_blocks(page):
    parser = ReportBody()
    parser.feed(page.read_text("utf-8"))
    parser.close()
    parser.flush_para()
    for kind, block in parser.blocks:
        if kind == "para":
            assert "\n" not in block, block
        else:
            for row in block:
                for cell in row:
                    assert "\n" not in cell, cell
    return parser.blocks


def join_row(cells, rng):
    """The row's non-blank cells, concatenated; with rng, some boundaries keep one space."""
    texts = [c for c in cells if c]
    out = texts[0] if texts else ""
    for text in texts[1:]:
        if rng is not None and rng.random() < SPACE_PROBABILITY:
            out += " "
        out += text
    return out


def render(blocks, flavour, seed):
    rng = random.Random(seed) if flavour == "spaced" else None
    lines = []
    for kind, block in blocks:
        if kind == "para":
            lines.append(block)
        elif flavour == "oneline":
            lines.append("".join(join_row(row, None) for row in block))
        else:
            lines.extend(join_row(row, rng) for row in block)
    return "".join(line + "\n" for line in lines if line)


def main():
    for number, flavour in DOCUMENTS:
        blocks = body_blocks(HTML / f"{number}.html")
        text = render(blocks, flavour, seed=f"runtogether-{number}-{flavour}")
        (HERE / f"{number}-{flavour}.txt").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
