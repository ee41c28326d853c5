#!/usr/bin/env python3
"""Makes the RTF test documents and their expected JSON.

Government sites often publish their reports as RTF, frequently under a .doc name (Word and WPS
save "RTF 格式" and the office renames it, or the site's CMS does). These files are RTF renderings
of the Word test documents in ../office, so each must give the same document as its source; only
the "source" block of the expected JSON (and the location text of finding messages, see NOTES.md)
differs.

Files:

- 000.rtf, 002.rtf, 003.rtf, 004.rtf: ../office/00N.docx saved as RTF by LibreOffice
  (soffice --convert-to rtf). This is how LibreOffice writes RTF: \\rtf1\\ansi with no \\ansicpg,
  every font \\fcharset0, Chinese text only as \\uN escapes with a '?' fallback (\\'3f) and no
  \\uc (so \\uc1), full-width punctuation as \\uN with an ASCII fallback (\\u65292\\'2c for ，),
  vertical merges as \\clvmgf/\\clvmrg, horizontal merges as one wider cell (a larger \\cellx
  step), never \\clmgf/\\clmrg. A reader that ignores \\uN and keeps the fallbacks gets '?'.
  Two Word tables that follow each other with nothing between them (002.docx and 003.docx split
  section 三 into two tables at a page break) come out as one run of rows, so in RTF they are one
  table: 002.rtf and 003.rtf have 3 tables where their .docx have 4.
- 004-really-rtf.doc: the same bytes as 004.rtf under a .doc name, as sites serve them. The type
  must be found from the content ({\\rtf1), not from the name.
- 000-legacy-merge.rtf: 000.rtf with every horizontal merge rewritten in the old way: the first
  cell of a merged range marked \\clmgf, each following cell marked \\clmrg with its own \\cellx
  (at the boundary of the Word table's grid column) and its own empty \\cell; vertical merges
  stay \\clvmgf/\\clvmrg (a cell merged both ways carries both words). Word 97-2003 and many
  converters write merges this way; a reader must join the \\clmrg cells to the \\clmgf cell, or
  every row with a merged label has its numbers shifted by the number of extra cells.
- 002-gbk.rtf: 002.rtf in the older non-Unicode style that Word 6/95 and WPS on Chinese Windows
  write: \\ansi\\ansicpg936, every font \\fcharset134 (宋体/黑体 named in GBK), and every
  non-ASCII character (Chinese, traditional characters of this report, pinyin vowels with tone
  marks, curly quotes, full-width punctuation) as its GBK bytes \\'hh\\'hh; no \\uN anywhere. A
  reader must decode \\'hh by the font's charset or \\ansicpg, in pairs, not byte by byte as
  Latin-1.
- X.expected.json for each file X: ../office/00N.docx.expected.json with the "source" block
  describing X (media_type application/rtf also for the .doc name, pages null).

After writing, every RTF file is opened again by LibreOffice (converted to HTML) and its tables
(cell text, colspan, rowspan) and text are compared with those of 00N.rtf, so a variant that
LibreOffice reads differently fails the run.

LibreOffice writes its font table in an order that can change from run to run, so running this
again may give files with other bytes (and sha256): the expected JSON is rewritten with them.
Needs Debian's libreoffice-writer-nogui; the tests need no LibreOffice.

    python3 testdata/rtf/make.py
"""
import hashlib
import html.parser
import itertools
import json
import pathlib
import re
import shutil
import subprocess
import tempfile
import zipfile

HERE = pathlib.Path(__file__).parent
OFFICE = HERE.parent / "office"
NUMBERS = ["000", "002", "003", "004"]
MEDIA_TYPE = "application/rtf"
# Location text of finding messages in 00N.docx.expected.json -> in the RTF file (see NOTES.md).
# The tables of the RTF files were counted with LibreOffice's HTML export and the rows read off;
# the places are the same as in the .docx because the merged run of rows in 002 comes after the
# blank cell's row.
PLACES = {"000": {"第3个表格第4行": "第3个表格第4行"}, "002": {"第2个表格第8行": "第2个表格第8行"}}


def soffice(source, target_format, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", target_format, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True)
    produced = pathlib.Path(outdir) / (source.stem + "." + target_format.split(":")[0])
    assert produced.exists(), produced
    return produced


# ---------------------------------------------------------------------------------------------
# Legacy horizontal merges (\clmgf / \clmrg)

def docx_rows(docx):
    """Every table row of a .docx in document order: (grid boundaries, [(first grid column, span)])."""
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert xml.count("<w:tbl>") == len(re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S)), "nested tables"
    rows = []
    for table in re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S):
        grid = list(itertools.accumulate(int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', table)))
        for row in re.findall(r"<w:tr[ >].*?</w:tr>", table, re.S):
            assert "gridBefore" not in row and "gridAfter" not in row
            cells, column = [], 0
            for cell in re.findall(r"<w:tc>.*?</w:tc>", row, re.S):
                span = re.search(r'<w:gridSpan w:val="(\d+)"', cell)
                span = int(span.group(1)) if span else 1
                cells.append((column, span))
                column += span
            assert column == len(grid), (docx, column, len(grid))
            rows.append((len(rows), grid, cells))
    return rows


ROW = re.compile(r"\\trowd.*?\\row(?![a-z])", re.S)
CELL_END = re.compile(r"\\cell(?![a-z])")
CELLX = re.compile(r"\\cellx(-?\d+)")


def split_row(row):
    """An RTF row as (row properties, [cell definitions], [cell contents], tail)."""
    definitions_end = row.index("\\pard")
    definitions, contents = row[:definitions_end], row[definitions_end:]
    first_cell = re.search(r"\\cl", definitions).start()
    properties, cells_text = definitions[:first_cell], definitions[first_cell:]
    cell_definitions, start = [], 0
    for m in CELLX.finditer(cells_text):
        cell_definitions.append(cells_text[start:m.end()])
        start = m.end()
    assert start == len(cells_text), repr(cells_text[start:])
    cell_contents, start = [], 0
    for m in CELL_END.finditer(contents):
        cell_contents.append(contents[start:m.end()])
        start = m.end()
    assert len(cell_definitions) == len(cell_contents), (len(cell_definitions), len(cell_contents))
    return properties, cell_definitions, cell_contents, contents[start:]


def legacy_merges(rtf, docx):
    """The RTF text with each cell spanning several grid columns written as \\clmgf + \\clmrg cells."""
    rows = docx_rows(docx)
    matches = list(ROW.finditer(rtf))
    assert len(matches) == len(rows), (len(matches), len(rows))
    # The cellx values LibreOffice wrote for each Word table (they differ from the grid by rounding).
    used = {}
    for m, (_, grid, _) in zip(matches, rows):
        used.setdefault(id(grid), set()).update(int(x) for x in CELLX.findall(m.group(0)))
    out, last = [], 0
    for m, (_, grid, cells) in zip(matches, rows):
        properties, definitions, contents, tail = split_row(m.group(0))
        assert len(definitions) == len(cells), (len(definitions), len(cells))
        left = int(re.search(r"\\trleft(-?\d+)", properties).group(1))
        new_definitions, new_contents = [], []
        for definition, content, (column, span) in zip(definitions, contents, cells):
            if span == 1:
                new_definitions.append(definition)
                new_contents.append(content)
                continue
            body = CELLX.sub("", definition)
            right = int(CELLX.search(definition).group(1))
            for piece in range(span):
                if piece == span - 1:
                    x = right
                else:
                    x = left + grid[column + piece]
                    near = [u for u in used[id(grid)] if abs(u - x) <= 3]
                    x = min(near, key=lambda u: abs(u - x)) if near else x
                word = "\\clmgf" if piece == 0 else "\\clmrg"
                new_definitions.append(f"{word}{body}\\cellx{x}")
                new_contents.append(content if piece == 0 else "\\pard\\intbl\\cell")
        out.append(rtf[last:m.start()])
        out.append(properties + "".join(new_definitions) + "".join(new_contents) + tail)
        last = m.end()
    out.append(rtf[last:])
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Old non-Unicode style (\ansicpg936, \'hh GBK bytes)

UNICODE = re.compile(r"\\u(-?\d+) ?(?:\\'[0-9a-fA-F]{2}|(?![\\{}])[^\r\n])?")


def gbk_hex(text):
    return "".join(f"\\'{b:02x}" for b in text.encode("gbk"))


def gbk_style(rtf):
    assert "\\uc" not in rtf and "\\ansicpg" not in rtf  # LibreOffice: \uc1 implied, no code page
    assert not re.search(r"\\'[0-9a-fA-F]{2}", UNICODE.sub("", rtf)), "a \\'hh outside a \\uN fallback"
    rtf = rtf.replace("{\\rtf1\\ansi\\", "{\\rtf1\\ansi\\ansicpg936\\", 1)
    table_start = rtf.index("{\\fonttbl")
    table_end = rtf.index("}}", table_start) + 2
    fonts = rtf[table_start:table_end]
    fonts = fonts.replace("\\fcharset0 ", "\\fcharset134 ")
    fonts = fonts.replace("Noto Serif CJK SC;", gbk_hex("宋体") + "{\\*\\falt SimSun};")
    fonts = fonts.replace("Noto Sans CJK SC;", gbk_hex("黑体") + "{\\*\\falt SimHei};")
    rtf = rtf[:table_start] + fonts + rtf[table_end:]

    def bytes_of(m):
        number = int(m.group(1))
        return gbk_hex(chr(number + 65536 if number < 0 else number))

    rtf = UNICODE.sub(bytes_of, rtf)
    assert not re.search(r"\\u-?\d", rtf)
    return rtf


# ---------------------------------------------------------------------------------------------
# Check: what LibreOffice reads back

class Tables(html.parser.HTMLParser):
    """Tables of an HTML page as rows of (text, colspan, rowspan), and the text outside tables."""

    def __init__(self):
        super().__init__()
        self.tables, self.text, self.depth, self.cell = [], [], 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.depth += 1
            self.tables.append([])
        elif tag == "tr" and self.depth:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.depth:
            self.cell = [[], attrs.get("colspan", "1"), attrs.get("rowspan", "1")]
        elif tag in ("p", "br") and self.cell is not None:
            self.cell[0].append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            self.depth -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(("".join(self.cell[0]).strip(), self.cell[1], self.cell[2]))
            self.cell = None

    def handle_data(self, data):
        (self.cell[0] if self.cell is not None else self.text).append(data)


def read_back(rtf_path, tmp):
    """LibreOffice's reading of an RTF file: its tables and its text."""
    copy = pathlib.Path(tmp) / "check" / (rtf_path.stem + ".rtf")
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(rtf_path, copy)
    page = soffice(copy, "html", copy.parent)
    tables = Tables()
    tables.feed(page.read_text("utf-8"))
    text = soffice(copy, "txt:Text (encoded):UTF8", copy.parent).read_text("utf-8-sig")
    return tables.tables, text


# ---------------------------------------------------------------------------------------------

def write_expected(path, number):
    document = json.loads((OFFICE / f"{number}.docx.expected.json").read_text("utf-8"))
    document["source"] = {
        "file": path.name,
        "media_type": MEDIA_TYPE,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "pages": None,
    }
    for finding in document["findings"]:
        for old, new in PLACES.get(number, {}).items():
            finding["message"] = finding["message"].replace(old, new)
    target = HERE / f"{path.name}.expected.json"
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print("wrote", target)


def main():
    made = {}  # file -> report number
    with tempfile.TemporaryDirectory() as tmp:
        for number in NUMBERS:
            source = pathlib.Path(tmp) / f"{number}.docx"
            shutil.copyfile(OFFICE / f"{number}.docx", source)
            produced = soffice(source, "rtf", tmp)
            target = HERE / f"{number}.rtf"
            shutil.copyfile(produced, target)
            made[target] = number

        really = HERE / "004-really-rtf.doc"
        shutil.copyfile(HERE / "004.rtf", really)
        made[really] = "004"

        # RTF is 7-bit; latin-1 round-trips every byte of it unchanged.
        legacy = HERE / "000-legacy-merge.rtf"
        legacy.write_bytes(legacy_merges((HERE / "000.rtf").read_bytes().decode("latin-1"),
                                         OFFICE / "000.docx").encode("latin-1"))
        made[legacy] = "000"

        gbk = HERE / "002-gbk.rtf"
        gbk.write_bytes(gbk_style((HERE / "002.rtf").read_bytes().decode("latin-1")).encode("latin-1"))
        made[gbk] = "002"

        for path, number in made.items():
            assert path.read_bytes().startswith(b"{\\rtf1"), path
            assert max(path.read_bytes()) < 0x80, f"{path}: RTF must be 7-bit"
            print("wrote", path)

        # LibreOffice must read every variant as it reads the plain rendering.
        reference = {number: read_back(HERE / f"{number}.rtf", tmp) for number in NUMBERS}
        for path, number in made.items():
            tables, text = read_back(path, tmp)
            assert tables == reference[number][0], f"{path.name}: LibreOffice reads other tables"
            assert text == reference[number][1], f"{path.name}: LibreOffice reads other text"
            assert len(tables) == {"000": 3, "002": 3, "003": 3, "004": 3}[number], (path.name, len(tables))
        # The RTF tables hold the Word tables' rows: the blank cells the findings point at.
        assert reference["000"][0][2][3][0][0] == "", "000: 第3个表格第4行 first cell should be blank"
        rows = reference["002"][0][1]
        assert rows[7][-1][0] == "" and "國" in rows[7][-8][0], "002: 第2个表格第8行 total should be blank"

    for path, number in made.items():
        write_expected(path, number)


if __name__ == "__main__":
    main()
