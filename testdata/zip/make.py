#!/usr/bin/env python3
"""Makes testdata/zip: reports inside ZIP archives, their expected JSON, and hostile archives.

Archives (entries in this order, all deflated, every timestamp 2024-03-01 09:00:00 so the
bytes are the same on every run):

- reports.zip: 子目录/ (a directory entry), 子目录/石泉县2023年报.pdf (= office/004.pdf),
  通榆县.html (= html/000.html), 003.docx (= office/003.docx), 坏文件.docx (office/004.docx cut
  to its first 2048 bytes). Non-ASCII names in UTF-8 with general-purpose flag bit 11 set.
- reports-gbk.zip: the same entries with the names encoded in GBK and bit 11 clear, "version
  made by" MS-DOS, as Windows' built-in "Send to > Compressed (zipped) folder" writes them on a
  Chinese system (names in the OEM code page 936).
- nested.zip: reports.zip as an entry, plus 石泉县.docx (= office/004.docx) beside it. Only one
  level of archive is opened: the documents inside the inner reports.zip must not be read.

<archive>.expected.json maps every file entry's path to the expected JSON of the document it
holds, with source.file = "<archive>!/<entry path>" and sha256 = the entry's own bytes (pages as
in the document's own expected JSON); an entry that cannot be read is {"status": "failed"}.

hostile/ (no expected JSON; the converter must refuse them with a clear message):

- bomb.zip: one entry, zeros.bin, 1 GiB (1,073,741,824 bytes) of zeros, deflated at level 9
  and written in a stream of 1 MiB chunks; the archive is about 1 MB.
- traversal.zip: entry names that climb out of or start outside any target folder.
- many-entries.zip: 10,000 entries of one byte each.

    python3 testdata/zip/make.py
"""
import hashlib
import io
import json
import pathlib
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
TESTDATA = HERE.parent
WHEN = (2024, 3, 1, 9, 0, 0)

PDF = "application/pdf"
HTML = "text/html"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

BROKEN = (TESTDATA / "office" / "004.docx").read_bytes()[:2048]
# entry path -> (bytes, expected JSON it starts from, media type); None: the entry must fail.
REPORTS = {
    "子目录/石泉县2023年报.pdf": ((TESTDATA / "office" / "004.pdf").read_bytes(),
                                TESTDATA / "office" / "004.pdf.expected.json", PDF),
    "通榆县.html": ((TESTDATA / "html" / "000.html").read_bytes(), TESTDATA / "html" / "000.expected.json", HTML),
    "003.docx": ((TESTDATA / "office" / "003.docx").read_bytes(),
                 TESTDATA / "office" / "003.docx.expected.json", DOCX),
    "坏文件.docx": (BROKEN, None, None),
}


class GbkInfo(zipfile.ZipInfo):
    """An entry whose name is written in GBK without the UTF-8 flag (bit 11)."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def entry(name, info_class=zipfile.ZipInfo, system=3):
    info = info_class(name, date_time=WHEN)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = system  # 3 Unix (Python, Info-ZIP), 0 MS-DOS (Windows)
    info.external_attr = (0o40755 << 16) | 0x10 if name.endswith("/") else 0o100644 << 16
    if system == 0:
        info.external_attr = 0x10 if name.endswith("/") else 0x20  # DOS directory / archive bits
    return info


def write_archive(path, entries, info_class=zipfile.ZipInfo, system=3):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            archive.writestr(entry(name, info_class, system), data)
    print("wrote", path, path.stat().st_size, "bytes")


def expected_for(archive_name, reports):
    result = {}
    for name, (data, template, media_type) in reports.items():
        if template is None:
            result[name] = {"status": "failed"}
            continue
        document = json.loads(template.read_text("utf-8"))
        document["source"] = {
            "file": f"{archive_name}!/{name}",
            "media_type": media_type,
            "sha256": hashlib.sha256(data).hexdigest(),
            "pages": document["source"]["pages"],
        }
        result[name] = document
    (HERE / f"{archive_name}.expected.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")


def check_names(path, utf8):
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            assert bool(info.flag_bits & 0x800) == (utf8 and not info.filename.isascii()), info.filename
            name = info.filename if utf8 else info.orig_filename.encode("cp437").decode("gbk")
            encoded = name.encode("utf-8" if utf8 else "gbk")
            assert raw[info.header_offset + 30:info.header_offset + 30 + len(encoded)] == encoded
            if not utf8 and not name.isascii():
                try:
                    encoded.decode("utf-8")
                    raise AssertionError(f"{name}: GBK bytes also valid UTF-8")
                except UnicodeDecodeError:
                    pass
            print(f"  {name!r}: bytes {encoded.hex(' ')}, bit 11 {'set' if info.flag_bits & 0x800 else 'clear'}")


def bomb(path, size=1 << 30, chunk=1 << 20):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo("zeros.bin", date_time=WHEN)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16
        with archive.open(info, "w") as out:
            zeros = bytes(chunk)
            for _ in range(size // chunk):
                out.write(zeros)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("zeros.bin")
        assert info.file_size == size and path.stat().st_size < 2_000_000
        print(f"wrote {path}: {path.stat().st_size} bytes, entry {info.file_size} bytes "
              f"(compressed {info.compress_size}, ratio {info.file_size / info.compress_size:.0f}:1)")


TRAVERSAL = [
    ("../../evil.txt", b"written outside the target folder\n"),
    ("/etc/passwd", b"root:x:0:0:xxgk test:/root:/bin/sh\n"),
    ("/tmp/xxgk-evil.txt", b"absolute path\n"),
    ("子目录/../../../evil2.txt", b"climbs out through a folder\n"),
    ("..\\..\\evil3.txt", b"Windows separators\n"),
    ("C:/Windows/Temp/evil4.txt", b"drive letter\n"),
]


def main():
    write_archive(HERE / "reports.zip", [("子目录/", b"")] + [(n, d) for n, (d, _, _) in REPORTS.items()])
    check_names(HERE / "reports.zip", utf8=True)
    expected_for("reports.zip", REPORTS)

    write_archive(HERE / "reports-gbk.zip", [("子目录/", b"")] + [(n, d) for n, (d, _, _) in REPORTS.items()],
                  GbkInfo, system=0)
    check_names(HERE / "reports-gbk.zip", utf8=False)
    expected_for("reports-gbk.zip", REPORTS)

    inner = (HERE / "reports.zip").read_bytes()
    nested = {
        "reports.zip": (inner, None, None),
        "石泉县.docx": ((TESTDATA / "office" / "004.docx").read_bytes(), TESTDATA / "office" / "004.docx.expected.json", DOCX),
    }
    write_archive(HERE / "nested.zip", [(n, d) for n, (d, _, _) in nested.items()])
    expected_for("nested.zip", nested)

    hostile = HERE / "hostile"
    hostile.mkdir(exist_ok=True)
    bomb(hostile / "bomb.zip")
    write_archive(hostile / "traversal.zip", TRAVERSAL)
    with zipfile.ZipFile(hostile / "traversal.zip") as archive:
        assert [i.filename for i in archive.infolist()] == [n for n, _ in TRAVERSAL]  # names kept verbatim
    write_archive(hostile / "many-entries.zip", [(f"entries/{i:05d}.txt", b"x") for i in range(10_000)])


if __name__ == "__main__":
    main()
