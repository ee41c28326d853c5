#!/usr/bin/env python3
"""Makes the pictures-only test documents: reports whose tables (or whole pages) are pictures.

Every document is made from a test report whose values are known (testdata/office/NNN.pdf,
testdata/html/NNN.html), with other tools and other damage each time, so that the OCR is tried
on pictures it was not tuned on:

  000-scan.pdf    000.pdf printed and scanned: 200 dpi grey, each page turned 0.3-1.2 degrees,
                  blurred a little, speckled, saved as JPEG at quality 55, one picture a page
  002-scan.pdf    002.pdf at 300 dpi, turned -1.5 degrees, heavy JPEG artefacts (quality 25)
  003-fax.tif     003.pdf as a fax: 204x196 dpi bilevel, CCITT G4, a multi-page TIFF
  004-scan.tif    004.pdf at 150 dpi grey, turned 0.4 degrees, LZW multi-page TIFF
  003-page.jpg    the web page html/003.html as one long screenshot (Chromium, 2x), JPEG
  001-tables.*    seed 001 (个旧市 2020, whose web page showed its tables as pictures): its text,
                  with screenshots of the tables of html/000.html under headings 二, 三 and 四,
                  as a Word file (.docx, by LibreOffice), as a PDF (LibreOffice) and as a saved
                  web page (.mht, pictures as parts)

Needs poppler-utils, imagemagick, chromium, libreoffice-writer-nogui, Java 17 and the
converter's classpath (mvn -q dependency:build-classpath -pl converter -Dmdep.outputFile=cp.txt).
The files are committed; tests need none of these tools.

    python3 testdata/scans/make.py CLASSPATH_FILE
"""
import base64
import email.generator
import email.mime.image
import email.mime.multipart
import email.mime.text
import html
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent
OFFICE = HERE.parent / "office"
PAGES = HERE.parent / "html"
SEED_001 = next((HERE.parent.parent.parent / "shared" / "seeds").glob("001_*.txt"))
TABLE_UNDER = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def run(*command, **kwargs):
    subprocess.run([str(c) for c in command], check=True, capture_output=True, **kwargs)


def scan(pdf, tmp, name, dpi, turns, damage, fmt):
    """Each page of pdf rendered at dpi, turned, damaged with ImageMagick options, saved as fmt."""
    run("pdftoppm", "-r", dpi, "-gray", "-png", pdf, tmp / name)
    pages = sorted(tmp.glob(name + "-*.png"))
    out = []
    for i, page in enumerate(pages):
        target = tmp / f"{name}-{i + 1}.{fmt}"
        run("convert", page, "-background", "white", "-rotate", turns[i % len(turns)], "+repage", *damage, target)
        out.append(target)
    return out


def images_to_pdf(classpath, target, images):
    run("java", "-cp", classpath, HERE / "ImagesToPdf.java", target, *images)


def table_screenshots(tmp):
    """The three tables of html/000.html, each alone on a page, screenshotted by Chromium at 2x."""
    source = (PAGES / "000.html").read_text("utf-8")
    tables = re.findall(r'<table border="1".*?</table>', source, re.S)
    shots = []
    for i, table in enumerate(tables):
        page = tmp / f"table{i}.html"
        page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
                        'body{margin:8px;font-family:"Noto Sans CJK SC",sans-serif;font-size:14px;background:#fff}'
                        'table{border-collapse:collapse;width:900px}td{border:1px solid #000;padding:2px 4px;text-align:center}'
                        '</style></head><body>' + table + '</body></html>', "utf-8")
        shot = tmp / f"table{i}-full.png"
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--force-device-scale-factor=2", f"--screenshot={shot}", "--window-size=920,1400", page.as_uri())
        trimmed = tmp / f"table{i}.png"
        run("convert", shot, "-trim", "+repage", "-bordercolor", "white", "-border", "10", trimmed)
        shots.append(trimmed)
    return shots


def seed_page(tmp, shots, inline):
    """Seed 001's text as a web page, a table screenshot under each table heading (inline: as
    data: URIs, which LibreOffice embeds; else by name, as a saved page refers to its files)."""
    body = []
    for line in SEED_001.read_text("utf-8").splitlines():
        text = line.strip()
        if not text:
            continue
        body.append(f"<p>{html.escape(text)}</p>")
        if text in TABLE_UNDER:
            shot = shots[TABLE_UNDER.index(text)]
            source = "data:image/png;base64," + base64.b64encode(shot.read_bytes()).decode() if inline else shot.name
            body.append(f'<p><img src="{source}" width="600"></p>')
    page = tmp / "001-tables.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>个旧市2020年政府信息公开工作年度报告</title>'
                    '</head><body>\n' + "\n".join(body) + "\n</body></html>\n", "utf-8")
    return page


def libreoffice(page, tmp, target_format):
    run("soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target_format, "--outdir", tmp, page)


def mht(page, shots, target):
    """The page saved as a single-file web archive: the HTML and its pictures as MIME parts."""
    archive = email.mime.multipart.MIMEMultipart("related", type="text/html")
    archive["Subject"] = "个旧市2020年政府信息公开工作年度报告"
    archive["Snapshot-Content-Location"] = "http://www.gejiu.gov.cn/xxgk/2021/001.html"
    document = email.mime.text.MIMEText(page.read_text("utf-8"), "html", "utf-8")
    document["Content-Location"] = "http://www.gejiu.gov.cn/xxgk/2021/001.html"
    archive.attach(document)
    for shot in shots:
        part = email.mime.image.MIMEImage(shot.read_bytes(), "png")
        part["Content-Location"] = "http://www.gejiu.gov.cn/xxgk/2021/" + shot.name
        archive.attach(part)
    with open(target, "w", encoding="utf-8", newline="\r\n") as out:
        email.generator.Generator(out, mangle_from_=False).flatten(archive)


def main():
    classpath = pathlib.Path(sys.argv[1]).read_text().strip()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        speckle = ["-attenuate", "0.4", "+noise", "Impulse"]
        images_to_pdf(classpath, HERE / "000-scan.pdf", scan(
            OFFICE / "000.pdf", tmp, "s000", 200, ["0.8", "-0.5", "1.2", "-0.3"],
            ["-blur", "0x0.6", *speckle, "-quality", "55"], "jpg"))
        images_to_pdf(classpath, HERE / "002-scan.pdf", scan(
            OFFICE / "002.pdf", tmp, "s002", 300, ["-1.5"], ["-quality", "25"], "jpg"))
        fax = scan(OFFICE / "003.pdf", tmp, "s003", 200, ["0.6", "-0.4"],
                   ["-resize", "102%x98%", "-threshold", "55%", "-type", "bilevel"], "png")
        run("convert", *fax, "-density", "204x196", "-units", "PixelsPerInch", "-compress", "Group4", HERE / "003-fax.tif")
        grey = scan(OFFICE / "004.pdf", tmp, "s004", 150, ["0.4"], [], "png")
        run("convert", *grey, "-compress", "LZW", HERE / "004-scan.tif")

        shot = tmp / "page003.png"
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--force-device-scale-factor=2", f"--screenshot={shot}", "--window-size=1000,4200", (PAGES / "003.html").as_uri())
        run("convert", shot, "-trim", "+repage", "-quality", "80", HERE / "003-page.jpg")

        shots = table_screenshots(tmp)
        page = seed_page(tmp, shots, True)
        libreoffice(page, tmp, "docx:MS Word 2007 XML")
        (tmp / "001-tables.docx").replace(HERE / "001-tables.docx")
        libreoffice(page, tmp, "pdf:writer_pdf_Export")
        (tmp / "001-tables.pdf").replace(HERE / "001-tables.pdf")
        mht(seed_page(tmp, shots, False), shots, HERE / "001-tables.mht")
    print("wrote the pictures-only documents to", HERE)


if __name__ == "__main__":
    main()
