#!/usr/bin/env python3
"""Makes the MHT/MHTML test documents and their expected JSON.

MHT ("网页，单个文件", "Web 档案") is a MIME multipart/related file holding an HTML page and the
pictures and style sheets it uses. Word writes it for "单个文件网页", browsers for "网页，单个文件"
/ "Webpage, Single File", and government sites often serve such files under a .doc name. Each
file here wraps one of the web pages in ../html, so it must give the same document as that page;
only the "source" block of the expected JSON and the line numbers in finding messages differ
(line numbers count lines of the DECODED HTML part; see NOTES.md).

Files:

- 000-word.mht: as Word's "单个文件网页" writes it: MIME-Version, multipart/related with a
  ----=_NextPart_01DA… boundary, Word's Chinese preamble as raw GBK bytes before the first part,
  the page as Content-Location file:///C:/5E3A9C1F/000.htm, quoted-printable, charset="gb2312",
  the HTML re-encoded to GBK with its <meta charset> replaced by Word's http-equiv meta, then
  two base64 PNG parts (a logo inserted on a new line at the top of the report body, a seal at
  its end) and Word's filelist.xml. The pictures are referenced by relative src
  (000.files/image001.png) that resolves to their Content-Location. The inserted logo line
  moves every later line down by one. CRLF line ends throughout.
- 000-really-mht.doc: the same bytes as 000-word.mht under a .doc name, as sites serve them. The
  type must be found from the content (MIME headers), not from the name.
- 002-word.mht: Word style as above for the traditional-script report 002, which uses characters
  that are in GBK but not in GB2312 (內, 條, 據, …) although the part says charset="gb2312", as
  Word does on Chinese Windows: a reader must decode gb2312 as GBK (Java's strict "GB2312" turns
  them into U+FFFD). One seal picture after the last paragraph; no line moves.
- 003-word.mht: Word style for report 003, with the seal picture after the signature and date
  (金碧镇人民政府 / 2021年1月18日) on a new line; no line before it moves.
- 002-chrome.mhtml: as Chrome saves "网页，单个文件": From: <Saved by Blink>,
  Snapshot-Content-Location, Subject, Date, multipart/related; type="text/html" with a
  ----MultipartBoundary--…---- boundary and no preamble; the page part is "Content-Type:
  text/html" WITHOUT a charset, quoted-printable UTF-8, with Content-ID <frame-…@mhtml.blink> and
  the page's https Content-Location. Like Blink's serializer, the page's own <meta charset> is
  dropped (its line stays, empty) and <meta http-equiv="Content-Type" content="text/html;
  charset=UTF-8"> is put right after <head> on the same line, so no line moves. The two style
  sheets and the site logo the page links with site-relative URLs are parts with absolute
  Content-Locations, plus a seal PNG inserted after the last paragraph, referenced by its
  absolute URL.
- 004-ie-base64.mht: as Internet Explorer / MimeOLE saves a page with mostly non-ASCII text: the
  page part base64-encoded, "text/html; charset="utf-8"", plus the page's style sheet
  (/static/css/common.css) as a quoted-printable text/css part; "This is a multi-part message in
  MIME format." preamble; folded Content-Type header. No line moves.
- X.expected.json for each file X: ../html/00N.expected.json with the "source" block describing
  X (media_type multipart/related also for the .doc name, pages null) and the line numbers of
  finding messages moved to the decoded HTML part of X.

The pictures are drawn with ImageMagick (convert) without time stamps, so a run gives the same
bytes every time. After writing, each file is parsed again with the email package: the HTML part
must decode to the intended page, every picture the page references must resolve to a part, and
the line each finding points at must hold the blank cell.

    python3 testdata/mht/make.py
"""
import base64
import email
import email.charset
import email.header
import email.message
import email.policy
import email.generator
import hashlib
import io
import json
import pathlib
import quopri
import re
import shutil
import subprocess
import tempfile
import urllib.parse

HERE = pathlib.Path(__file__).parent
PAGES = HERE.parent / "html"
POLICY = email.policy.compat32.clone(linesep="\r\n", max_line_length=0)
# The line of ../html/NNN.html that a finding message names ("（第414行）"): the page's only blank
# cell <td></td>. Read off ../html/make-expected.py and the pages (grep -n '<td></td>').
FINDING_LINES = {"000": 414, "002": 203}
WORD_PREAMBLE = ("此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器"
                 "不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器，如 Microsoft Internet Explorer。")


class Page:
    """A page's lines, each remembering its line number in ../html (None for an inserted line)."""

    def __init__(self, number):
        self.number = number
        text = (PAGES / f"{number}.html").read_text("utf-8")
        assert "\r" not in text and text.endswith("\n")
        self.lines = [[i + 1, line] for i, line in enumerate(text.split("\n")[:-1])]

    def find(self, needle):
        hits = [i for i, (_, line) in enumerate(self.lines) if needle in line]
        assert len(hits) == 1, (self.number, needle, len(hits))
        return hits[0]

    def replace(self, old, new):
        i = self.find(old)
        self.lines[i][1] = self.lines[i][1].replace(old, new)

    def insert_after(self, needle, line):
        self.lines.insert(self.find(needle) + 1, [None, line])

    def line_of(self, original):
        """The 1-based line, in this page, of line `original` of ../html/NNN.html."""
        return [n for n, _ in self.lines].index(original) + 1

    def text(self):
        return "".join(line + "\n" for _, line in self.lines)


def picture(name, tmp):
    """A small PNG drawn with ImageMagick, without time stamps."""
    target = pathlib.Path(tmp) / name
    draw = {
        "seal.png": ["-size", "120x120", "xc:none", "-fill", "none", "-stroke", "#d81e06", "-strokewidth", "6",
                     "-draw", "circle 60,60 60,8", "-fill", "#d81e06", "-stroke", "none",
                     "-draw", "polygon 60,30 67,52 90,52 72,65 79,88 60,74 41,88 48,65 30,52 53,52"],
        "logo.png": ["-size", "240x48", "xc:#1d5aa8", "-fill", "#ffffff", "-draw", "rectangle 8,8 40,40",
                     "-fill", "#d81e06", "-draw", "circle 24,24 24,14", "-fill", "#ffffff",
                     "-draw", "rectangle 52,20 228,28"],
    }[name]
    subprocess.run(["convert", *draw, "-strip", "-define", "png:exclude-chunks=date,time", str(target)], check=True)
    return target.read_bytes()


def part(headers, body):
    """One MIME part: headers [(name, value)] in the saving program's order, then the body encoded
    as its Content-Transfer-Encoding header says."""
    message = email.message.Message(policy=POLICY)
    for name, value in headers:
        message[name] = value
    if message["Content-Transfer-Encoding"] == "quoted-printable":
        message.set_payload(quopri.encodestring(body).decode("ascii"))
    else:
        assert message["Content-Transfer-Encoding"] == "base64"
        message.set_payload(base64.encodebytes(body).decode("ascii"))
    return message


def archive(headers, boundary, parts, preamble=None):
    """The whole MHT file as bytes (CRLF line ends)."""
    message = email.message.Message(policy=POLICY)
    for name, value in headers:
        message[name] = value
    message.set_payload(parts)
    message.preamble = preamble
    out = io.BytesIO()
    email.generator.BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(message)
    data = out.getvalue()
    assert boundary.encode() in data
    return data


def subject(title):
    """The page title as a header of =?utf-8?Q?…?= encoded words, as browsers write it."""
    charset = email.charset.Charset("utf-8")
    charset.header_encoding = email.charset.QP
    return email.header.Header(title, charset).encode(linesep="\r\n")


def gbk(html_text):
    """The page in GBK, with Word's meta and what GBK cannot hold as character references."""
    html_text = html_text.replace("\u00a0", "&nbsp;")
    return html_text.encode("gbk", errors="xmlcharrefreplace")


WORD_META = '<meta http-equiv=Content-Type content="text/html; charset=gb2312">'


def word(number, folder, boundary, pictures, tmp, filelist=False):
    """Word's "单个文件网页": pictures = [(needle, html line to insert after it, picture name)]."""
    page = Page(number)
    page.replace('<meta charset="utf-8">', WORD_META)
    base = f"file:///C:/{folder}/{number}.htm"
    parts_after = []
    for index, (needle, html_line, name) in enumerate(pictures, 1):
        src = f"{number}.files/image{index:03d}.png"
        page.insert_after(needle, html_line.format(src=src))
        parts_after.append(part([("Content-Location", urllib.parse.urljoin(base, src)),
                                 ("Content-Transfer-Encoding", "base64"),
                                 ("Content-Type", "image/png")], picture(name, tmp)))
    if filelist:
        files = "".join(f' <o:File HRef="image{i:03d}.png"/>\r\n' for i in range(1, len(pictures) + 1))
        xml = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n'
               f' <o:MainFile HRef="../{number}.htm"/>\r\n{files} <o:File HRef="filelist.xml"/>\r\n</xml>')
        parts_after.append(part([("Content-Location", urllib.parse.urljoin(base, f"{number}.files/filelist.xml")),
                                 ("Content-Transfer-Encoding", "quoted-printable"),
                                 ("Content-Type", 'text/xml; charset="utf-8"')], xml.encode("utf-8")))
    html_part = part([("Content-Location", base),
                      ("Content-Transfer-Encoding", "quoted-printable"),
                      ("Content-Type", 'text/html; charset="gb2312"')], gbk(page.text()))
    data = archive([("MIME-Version", "1.0"),
                    ("Content-Type", f'multipart/related; boundary="{boundary}"')],
                   boundary, [html_part] + parts_after,
                   preamble=(WORD_PREAMBLE + "\r\n").encode("gbk").decode("ascii", "surrogateescape"))
    return data, page


SEAL_LINE = '<p style="text-align:right;"><img width=96 height=96 src="{src}"></p>'
LOGO_LINE = '<p style="text-align:center;"><img width=240 height=48 src="{src}"></p>'


def make_000(tmp):
    return word("000", "5E3A9C1F", "----=_NextPart_01DA6B2C.4E8F1A30", [
        ('<div class="TRS_Editor">', LOGO_LINE, "logo.png"),
        ('<p style="text-indent:2em;">无</p>', SEAL_LINE, "seal.png"),
    ], tmp, filelist=True)


def make_002_word(tmp):
    return word("002", "A07C3D52", "----=_NextPart_01DB6C8E.2B17F9D0", [
        ('<p style="text-indent:2em;">公眾如有需要', SEAL_LINE, "seal.png"),
    ], tmp)


def make_003(tmp):
    return word("003", "3B9E07A4", "----=_NextPart_01D6ED7A.91C4B2E0", [
        ("2021年1月18日</span></p>", SEAL_LINE, "seal.png"),
    ], tmp)


def make_002_chrome(tmp):
    page = Page("002")
    url = "https://www.qiannan.gov.cn/zwgk/zfxxgknb/202501/t20250122_86231470.html"
    boundary = "----MultipartBoundary--Xq7dJ2mKp9vR4tLw1sZ8cYbN3hF6gA0eU5iO7yTnM2----"
    # Blink drops the page's own charset declaration and writes its own right after <head>.
    page.replace('<meta charset="utf-8">', "")
    page.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    seal_url = "https://www.qiannan.gov.cn/static/qiannan/images/gz_seal.png"
    page.insert_after('<p style="text-indent:2em;">公眾如有需要',
                      f'<p style="text-align:right;"><img src="{seal_url}" width="96" height="96"></p>')
    title = "黔南州2024年政府信息公開工作年度報告 - 黔南布依族苗族自治州人民政府"
    css_base = ("@charset \"utf-8\";\nbody,div,p,ul,li,h1,h2,h3,form,input{margin:0;padding:0;}\n"
                "a{color:#333;text-decoration:none;}\n.header{height:120px;background:#1d5aa8;}\n"
                ".logo img{height:80px;margin-top:20px;}\n.footer{padding:20px 0;text-align:center;color:#666;}\n")
    css_article = (".art-title{font-size:26px;text-align:center;color:#1d5aa8;padding:20px 0;}\n"
                   ".art-info{text-align:center;color:#999;border-bottom:1px dashed #ccc;}\n"
                   ".table-box table td{border:1px solid #000;padding:3px;font-size:14px;}\n")
    parts = [
        part([("Content-Type", "text/html"),
              ("Content-ID", "<frame-4F1C0E9B27D36A8E5B0C94D1F7A23E66@mhtml.blink>"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", url)], page.text().encode("utf-8")),
        part([("Content-Type", "text/css"),
              ("Content-ID", "<css-1B7E3A95C0D24F68A1E9B3C57D0F2A84@mhtml.blink>"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", "https://www.qiannan.gov.cn/static/qiannan/css/base.css")], css_base.encode("utf-8")),
        part([("Content-Type", "text/css"),
              ("Content-ID", "<css-8D2F6B0E4A1C39E7B5D08F2A6C4E1B93@mhtml.blink>"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", "https://www.qiannan.gov.cn/static/qiannan/css/article.css")],
             css_article.encode("utf-8")),
        part([("Content-Type", "image/png"),
              ("Content-ID", "<image-C3A9E51F7B2D48069E1A7F3B5D2C8E40@mhtml.blink>"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Location", "https://www.qiannan.gov.cn/static/qiannan/images/logo.png")],
             picture("logo.png", tmp)),
        part([("Content-Type", "image/png"),
              ("Content-ID", "<image-6E0B2D94A7C1F3584B9E2A6D0C7F1E35@mhtml.blink>"),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Location", seal_url)], picture("seal.png", tmp)),
    ]
    data = archive([
        ("From", "<Saved by Blink>"),
        ("Snapshot-Content-Location", url),
        ("Subject", subject(title)),
        ("Date", "Wed, 22 Jan 2025 17:05:31 +0800"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"'),
    ], boundary, parts, preamble="")
    return data, page


def make_004(tmp):
    page = Page("004")
    url = "http://www.shiquan.gov.cn/Content-2685412.html"
    boundary = "----=_NextPart_000_0000_01DA5055.6E8C2A10"
    css = ("body{margin:0;font:14px/1.8 \"Microsoft YaHei\",\"微软雅黑\",SimSun;color:#333;background:#f5f5f5;}\n"
           "#header{background:#b40000;color:#fff;}\n.header-top{height:30px;line-height:30px;}\n"
           ".article-content p{font-size:16px;line-height:2;}\n.table-wrap table td{border:1px solid #333;"
           "padding:2px 4px;text-align:center;}\n#footer{text-align:center;color:#777;padding:16px 0;}\n")
    parts = [
        part([("Content-Type", 'text/html;\r\n\tcharset="utf-8"'),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Location", url)], page.text().encode("utf-8")),
        part([("Content-Type", 'text/css;\r\n\tcharset="utf-8"'),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Content-Location", "http://www.shiquan.gov.cn/static/css/common.css")], css.encode("utf-8")),
    ]
    title = "石泉县2023年政府信息公开工作年度报告-石泉县人民政府"
    data = archive([
        ("From", "<Saved by Windows Internet Explorer 11>"),
        ("Subject", subject(title)),
        ("Date", "Fri, 26 Jan 2024 16:20:11 +0800"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"'),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.1.7601.24158"),
    ], boundary, parts, preamble="This is a multi-part message in MIME format.\r\n")
    return data, page


# ---------------------------------------------------------------------------------------------

def check(path, page):
    """Parse the file again: the page, its pictures, the lines the findings point at."""
    data = path.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b""), f"{path.name}: bare LF"
    message = email.message_from_bytes(data)
    assert message.get_content_type() == "multipart/related", path.name
    parts = message.get_payload()
    html_part = next(p for p in parts if p.get_content_type() == "text/html")
    raw = html_part.get_payload(decode=True)
    charset = html_part.get_content_charset() or "utf-8"
    charset = {"gb2312": "gbk"}.get(charset, charset)
    decoded = raw.decode(charset).replace("\r\n", "\n")
    expected = page.text()
    if charset == "gbk":
        expected = expected.replace("\u00a0", "&nbsp;")
    assert decoded == expected, f"{path.name}: HTML part does not decode to the page"
    base = html_part["Content-Location"]
    locations = {p["Content-Location"] for p in parts}
    for src in re.findall(r'<img [^>]*src="([^"]+)"', decoded):
        target = urllib.parse.urljoin(base, src)
        if src.startswith("/") and target not in locations:
            continue  # the site's own pictures: Word and IE leave them out
        assert target in locations, f"{path.name}: {src} is not in the file"
    lines = decoded.split("\n")
    original = FINDING_LINES.get(page.number)
    if original:
        assert lines[page.line_of(original) - 1].strip() == "<td></td>", (path.name, page.line_of(original))


def write_expected(path, page):
    document = json.loads((PAGES / f"{page.number}.expected.json").read_text("utf-8"))
    document["source"] = {
        "file": path.name,
        "media_type": "multipart/related",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "pages": None,
    }
    original = FINDING_LINES.get(page.number)
    if original:
        for finding in document["findings"]:
            finding["message"] = finding["message"].replace(f"（第{original}行）", f"（第{page.line_of(original)}行）")
    target = HERE / f"{path.name}.expected.json"
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print("wrote", target)


def main():
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in [("000-word.mht", make_000), ("002-word.mht", make_002_word), ("003-word.mht", make_003),
                           ("002-chrome.mhtml", make_002_chrome), ("004-ie-base64.mht", make_004)]:
            data, page = make(tmp)
            path = HERE / name
            path.write_bytes(data)
            made.append((path, page))
            print("wrote", path)
    copy = HERE / "000-really-mht.doc"
    shutil.copyfile(HERE / "000-word.mht", copy)
    made.append((copy, made[0][1]))
    print("wrote", copy)
    for path, page in made:
        check(path, page)
        write_expected(path, page)


if __name__ == "__main__":
    main()
