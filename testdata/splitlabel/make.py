#!/usr/bin/env python3
"""Makes testdata/splitlabel: report 004 with table 三 continued on a new page whose label cells are drawn as two cells.

004-splitlabel.html is testdata/html/004.html (石泉县 2023) with one change: table 三 is cut into
two <table>s before the （四）无法提供 rows, and the second starts on a new page
(style="page-break-before:always" on the second <table>). In the continuation every row's last
label cell — the one reaching the value columns — is followed by an EMPTY cell, so the
continuation has 11 columns where the first part has 10, and its values stand after an empty
cell:

    first part (10 columns)      | 三、本年度办理结果 | （三）不予公开 | 8.属于行政查询事项 | 0 0 0 0 0 0 0 |
    continuation (11 columns)    | 三、本年度办理结果 | （四）无法提供 | 1.本机关不掌握… | (empty) | 2 0 0 0 0 0 2 |
                                 |   …  （七）总计 (2 columns)              | (empty) | 34 … |
                                 | 四、结转下年度继续办理 (3 columns)         | (empty) | 0 … |

Since a rowspan cannot cross tables, the continuation repeats 三、本年度办理结果 as its own cell
(rowspan 12) and part one's copy spans 10 rows instead of 22. Both parts get <colgroup> widths,
part two's fitted so that in the PDF its seven value columns line up with part one's and the
extra rule falls inside part one's label area (checked on the rendered pages, vertical_rules).
No number is changed or moved from its row or column (checked: numbers_of_table_three).

004-splitlabel.pdf and 004-splitlabel.docx are the report body of that page (cut out as
testdata/office/make.py does) rendered by LibreOffice (soffice --headless, HTML (StarWriter)
import). Their expected JSON and the HTML's are testdata/html/004.expected.json with a new
source block. The script prints where the continuation starts (pdftotext per page) and, with
--keep-png DIR, renders the page before it and that page to PNG in DIR for a look (pdftoppm). Needs LibreOffice and
poppler-utils. LibreOffice stamps the time into the PDF and DOCX, so each run changes their
bytes and sha256.

    python3 testdata/splitlabel/make.py [--keep-png DIR]
"""
import hashlib
import importlib.util
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
TESTDATA = HERE.parent
SOURCE = TESTDATA / "html" / "004.html"
EXPECTED = TESTDATA / "html" / "004.expected.json"
NAME = "004-splitlabel"
MEDIA = {
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
CELL = '<td><p style="text-align:center;line-height:1.5;margin:0;"></p></td>'
# <col> widths (pixels, the tables being 100 % wide). LibreOffice widens some value columns of part
# one for their header text (社会公益组织, 法律服务机构); part two's were then chosen so that its
# value columns land where part one's are drawn (measured by value_rules below).
PART_ONE = [60, 70, 228] + [54, 46, 44, 46, 72, 44, 46]
PART_TWO = [60, 70, 192, 24] + [57, 47, 45, 48, 74, 44, 49]


def split_table(html):
    start = html.index("<table", html.index("三、收到和处理政府信息公开申请情况"))
    end = html.index("</table>", start) + len("</table>")
    table = html[start:end]
    opening = table[:table.index(">") + 1]
    rows = re.findall(r"  <tr>\n.*?\n  </tr>\n", table, re.S)
    assert len(rows) == 28 and "".join(rows) in table, len(rows)
    cut = next(i for i, row in enumerate(rows) if "（四）无法" in row)  # the （四）无法提供 rows
    assert "1.本机关不掌握相关政府信息" in rows[cut] and 'rowspan="3"' in rows[cut]
    first, rest = rows[:cut], rows[cut:]
    outcome_rows_first = cut - 5  # rows 0-2 header, 3 一、, 4 二、, 5… 三、
    assert sum('rowspan="22"' in r for r in rows) == 1 and 'rowspan="22"' in rows[5]
    first = [row.replace('rowspan="22"', f'rowspan="{outcome_rows_first}"') for row in first]

    continuation = []
    for row in rest:
        cells = re.findall(r"    <td.*?</td>\n", row, re.S)
        assert len(cells) >= 8, row
        labels, values = cells[:-7], cells[-7:]
        continuation.append("  <tr>\n" + "".join(labels) + "    " + CELL + "\n" + "".join(values) + "  </tr>\n")
    group = (f'    <td rowspan="{22 - outcome_rows_first}"><p style="text-align:center;line-height:1.5;margin:0;">'
             "三、本年度办理结果</p></td>\n")
    continuation[0] = continuation[0].replace("  <tr>\n", "  <tr>\n" + group, 1)
    assert len(continuation) == 13 and 22 - outcome_rows_first == 12

    part_one = (opening + "\n  <colgroup>" + columns(PART_ONE) + "</colgroup>\n  <tbody>\n" + "".join(first) + "  </tbody>\n</table>")
    part_two = (opening.replace('style="', 'style="page-break-before:always;', 1)
                + "\n  <colgroup>" + columns(PART_TWO) + "</colgroup>\n  <tbody>\n" + "".join(continuation) + "  </tbody>\n</table>")
    return html[:start] + part_one + "\n" + part_two + html[end:]


def numbers_of_table_three(html):
    """The numbers of table 三, in document order (each the whole text of its cell)."""
    section = html[html.index("三、收到和处理政府信息公开申请情况"):html.index("四、政府信息公开行政复议")]
    return re.findall(r"<p[^>]*>([0-9０-９]+)</p>", section)


def docx_numbers(path, tables):
    document = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    numbers = []
    for table in [re.findall(r"<w:tbl>.*?</w:tbl>", document, re.S)[i - 1] for i in tables]:
        for cell in re.findall(r"<w:tc>(.*?)</w:tc>", table, re.S):
            text = "".join(re.findall(r"<w:t[^>]*>([^<]*)", cell))
            if re.fullmatch(r"[0-9０-９]+", text):
                numbers.append(text)
    return numbers


def columns(widths):
    return "".join(f'<col width="{width}">' for width in widths)


def vertical_rules(pdf, page, tmp):
    """x positions (pixels at 100 dpi) of the vertical lines running through at least 30 % of the page."""
    subprocess.run(["pdftoppm", "-gray", "-r", "100", "-f", str(page), "-l", str(page), str(pdf),
                    str(pathlib.Path(tmp) / "rules")], check=True)
    image = next(pathlib.Path(tmp).glob("rules*.pgm")).read_bytes()
    magic, size, depth, pixels = image.split(b"\n", 3)
    width, height = map(int, size.split())
    assert magic == b"P5" and depth == b"255"
    dark = [x for x in range(width)
            if sum(pixels[y * width + x] < 200 for y in range(height // 10, height * 9 // 10)) > height * 0.3]
    for file in pathlib.Path(tmp).glob("rules*.pgm"):
        file.unlink()
    rules = []
    for x in dark:
        if rules and x - rules[-1][-1] <= 2:
            rules[-1].append(x)
        else:
            rules.append([x])
    return [round(sum(group) / len(group)) for group in rules]


def report_body(page_html):
    spec = importlib.util.spec_from_file_location("office_make", TESTDATA / "office" / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cut = module.Cut(page_html, "class", "article-content")
    cut.feed(page_html)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>report</title></head><body>\n'
            + page_html[cut.start:cut.end] + "\n</body></html>\n")


def convert(page, extension, export_filter):
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", export_filter,
                    "--outdir", str(page.parent), str(page)], check=True, capture_output=True)
    target = HERE / f"{NAME}.{extension}"
    page.with_suffix("." + extension).replace(target)
    print("wrote", target)


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_text(pdf, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def write_expected(path, pages):
    document = json.loads(EXPECTED.read_text("utf-8"))
    document["source"] = {"file": path.name, "media_type": MEDIA[path.suffix[1:]],
                          "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "pages": pages}
    (HERE / f"{path.name}.expected.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main():
    keep = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[1] == "--keep-png" else None
    page_html = split_table(SOURCE.read_text("utf-8"))
    html_path = HERE / f"{NAME}.html"
    html_path.write_text(page_html, "utf-8")
    print("wrote", html_path)
    with tempfile.TemporaryDirectory() as tmp:
        body = pathlib.Path(tmp) / f"{NAME}.html"
        body.write_text(report_body(page_html), "utf-8")
        convert(body, "pdf", "pdf:writer_pdf_Export")
        convert(body, "docx", "docx:MS Word 2007 XML")
    numbers = numbers_of_table_three(SOURCE.read_text("utf-8"))
    assert len(numbers) == 25 * 7 and numbers_of_table_three(page_html) == numbers
    assert docx_numbers(HERE / f"{NAME}.docx", [2, 3]) == numbers  # DOCX tables 2 and 3 = table 三
    pdf = HERE / f"{NAME}.pdf"
    pages = pages_of(pdf)
    flat = {p: re.sub(r"\s", "", page_text(pdf, p)) for p in range(1, pages + 1)}  # labels wrap in cells
    continued = next(p for p in flat if "1.本机关不掌握" in flat[p])
    assert "8.属于行政查询事项" in flat[continued - 1] and "1.本机关不掌握" not in flat[continued - 1]
    assert "（七）总计" in flat[continued] and "四、结转下年度继续办理" in flat[continued]  # the whole continuation
    print(f"{pdf.name}: {pages} pages; the continuation of table 三 starts page {continued}:")
    print(page_text(pdf, continued))
    with tempfile.TemporaryDirectory() as tmp:
        before, after = vertical_rules(pdf, continued - 1, tmp), vertical_rules(pdf, continued, tmp)
    print(f"vertical rules at 100 dpi, page {continued - 1}: {before}; page {continued}: {after}")
    assert len(after) == len(before) + 1  # one more rule, and it is in the label area:
    assert all(abs(a - b) <= 3 for a, b in zip(before[-8:], after[-8:]))  # value columns line up
    assert before[-9] < after[-9] < before[-8]  # the extra rule: inside part one's last label column
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(continued - 1), "-l", str(continued),
                        str(pdf), str(keep / NAME)], check=True)
        print("PNG of pages", continued - 1, "and", continued, "in", keep)
    write_expected(html_path, None)
    write_expected(pdf, pages)
    write_expected(HERE / f"{NAME}.docx", None)


if __name__ == "__main__":
    main()
