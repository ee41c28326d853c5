#!/usr/bin/env python3
"""Writes 004-subtotal-column.html: html/004.html (石泉县 2023) whose table 三 has an extra
小计 column (the five 法人或其他组织 columns added up) between 其他 and 总计, as some publishers
print it. The values must still be read from the columns the header names: 总计 is the last
column, not the seventh value of the row. Expected JSON: html/004.expected.json, source changed.

    python3 testdata/columns/make.py
"""
import hashlib
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
page = (HERE.parent / "html" / "004.html").read_text("utf-8")
start = page.index("申请人情况")
end = page.index("</table>", start)
table = page[start:end]

CELL = '<td><p style="text-align:center;line-height:1.5;margin:0;">{}</p></td>'
table = table.replace('<td colspan="5"><p style="text-align:center;line-height:1.5;margin:0;">法人或其他组织</p></td>',
                      '<td colspan="6"><p style="text-align:center;line-height:1.5;margin:0;">法人或其他组织</p></td>', 1)


def with_subtotal(row):
    cells = re.findall(r"<td[^>]*>.*?</td>", row, flags=re.S)
    values = [re.sub(r"<[^>]+>", "", c).strip() for c in cells]
    if "其他" in values and len(cells) == 5 and "商业企业" in values:
        at = row.rindex(cells[-1]) + len(cells[-1])
        return row[:at] + "\n    " + CELL.format("小计") + row[at:]  # header row of the organisations
    digits = [v.translate(str.maketrans("０１２３４５６７８９", "0123456789")) for v in values[-7:]]
    if len(cells) >= 8 and all(d.isdigit() for d in digits):
        subtotal = sum(int(d) for d in digits[1:6])
        at = row.rindex(cells[-1])
        return row[:at] + CELL.format(subtotal) + "\n    " + row[at:]
    return row


table = re.sub(r"<tr>.*?</tr>", lambda m: with_subtotal(m.group(0)), table, flags=re.S)
out = page[:start] + table + page[end:]
name = "004-subtotal-column.html"
(HERE / name).write_text(out, "utf-8")
expected = json.loads((HERE.parent / "html" / "004.expected.json").read_text("utf-8"))
expected["source"] = {"file": name, "media_type": "text/html",
                      "sha256": hashlib.sha256(out.encode("utf-8")).hexdigest(), "pages": None}
(HERE / (name + ".expected.json")).write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
