#!/usr/bin/env python3
"""Makes testdata/streamed: XLSX written by a streaming writer (POI 5.5.1 SXSSFWorkbook), and their expected JSON.

004-sxssf.xlsx and 003-sxssf.xlsx are testdata/office/004.xlsx and 003.xlsx read with XSSF and
written again with SXSSF cell by cell (StreamCopy.java: values, styles, widths, heights,
merged regions). A streaming writer does not know an entry's size before writing it, so every
ZIP entry has general-purpose flag bit 3 set and CRC 0, compressed size 0 and uncompressed
size 0 in its local header; the real values follow the data in a data descriptor and stand in
the central directory. A reader that trusts local headers (java.util.zip.ZipInputStream with
STORED entries, naive scanners) fails on them. The script checks that, checks that the merged
regions and the cell texts (CSV export by LibreOffice) are those of the source, and writes
<name>.expected.json = the source's expected JSON with a new "source" block.

Needs Java 17, Maven (the class path comes from pom.xml: mvn dependency:build-classpath) and,
for the CSV comparison, LibreOffice (skipped when soffice is missing). POI stamps the time into
docProps/core.xml and the ZIP entries, so every run gives new bytes and new sha256.

    python3 testdata/streamed/make.py
"""
import hashlib
import json
import pathlib
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
OFFICE = HERE.parent / "office"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classpath():
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
        subprocess.run(["mvn", "-q", "-B", "-f", str(HERE / "pom.xml"), "dependency:build-classpath",
                        f"-Dmdep.outputFile={out.name}"], check=True)
        return pathlib.Path(out.name).read_text().strip()


def check_data_descriptors(path):
    """Every entry: bit 3 set in local and central header, zero CRC and sizes in the local header."""
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            signature, _, flags, method, _, _, crc, compressed, size, _, _ = struct.unpack(
                "<IHHHHHIIIHH", raw[info.header_offset:info.header_offset + 30])
            assert signature == 0x04034B50 and flags & 0x08 and info.flag_bits & 0x08, info.filename
            assert (crc, compressed, size) == (0, 0, 0), (info.filename, crc, compressed, size)
            descriptor = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.compress_size
            assert raw[descriptor:descriptor + 4] == b"PK\x07\x08", info.filename  # signed data descriptor
        print(f"  {path.name}: {len(archive.infolist())} entries, all with bit 3, local sizes 0, data descriptor after the data")


def merges(path):
    with zipfile.ZipFile(path) as archive:
        return sorted(re.findall(r'<mergeCell ref="([^"]+)"', archive.read("xl/worksheets/sheet1.xml").decode()))


def csv(path, tmp):
    out = pathlib.Path(tmp) / path.name
    subprocess.run(["soffice", "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76',
                    "--outdir", str(out), str(path)], check=True, capture_output=True)
    return (out / (path.stem + ".csv")).read_bytes()


def main():
    cp = classpath()
    for number in ["004", "003"]:
        source, target = OFFICE / f"{number}.xlsx", HERE / f"{number}-sxssf.xlsx"
        subprocess.run(["java", "-cp", cp, str(HERE / "StreamCopy.java"), str(source), str(target)], check=True)
        print("wrote", target)
        check_data_descriptors(target)
        assert merges(source) == merges(target)
        print(f"  {len(merges(target))} merged regions, the same as {source.name}")
        if shutil.which("soffice"):
            with tempfile.TemporaryDirectory() as tmp:
                assert csv(source, tmp) == csv(target, tmp)
            print(f"  CSV export identical to {source.name}'s")
        document = json.loads((OFFICE / f"{number}.xlsx.expected.json").read_text("utf-8"))
        document["source"] = {"file": target.name, "media_type": XLSX,
                              "sha256": hashlib.sha256(target.read_bytes()).hexdigest(), "pages": None}
        (HERE / f"{target.name}.expected.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
