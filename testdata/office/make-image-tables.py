#!/usr/bin/env python3
"""Makes 001-image-tables.pdf: seed 001 (个旧市 2020), whose tables were published as pictures.

The report's own text, with a picture of a table under each of the headings 二, 三 and 四 (the
pictures are pages of 000.pdf rendered by pdftoppm), printed to PDF by LibreOffice. The
converter cannot read numbers in pictures; it must say that the tables are images.
Needs poppler-utils and libreoffice-writer-nogui.
"""
import html
import pathlib
import subprocess
import tempfile

HERE = pathlib.Path(__file__).parent
SEED = HERE.parent / "seeds" / "001_4e27ee25e39c86a7.txt"
PICTURE_UNDER = {"二、主动公开政府信息情况": 2, "三、收到和处理政府信息公开申请情况": 3,
                 "四、政府信息公开行政复议、行政诉讼情况": 4}

with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    body = []
    for line in SEED.read_text("utf-8").splitlines():
        text = line.strip()
        if not text:
            continue
        body.append(f"<p>{html.escape(text)}</p>")
        page = PICTURE_UNDER.get(text)
        if page:
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                            str(HERE / "000.pdf"), str(tmp / f"table{page}")], check=True)
            body.append(f'<p><img src="table{page}.png" width="500"></p>')
    page = tmp / "001-image-tables.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n' + "\n".join(body)
                    + "\n</body></html>\n", "utf-8")
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", str(tmp), str(page)], check=True, capture_output=True)
    (tmp / "001-image-tables.pdf").replace(HERE / "001-image-tables.pdf")
    print("wrote", HERE / "001-image-tables.pdf")
