#!/usr/bin/env python3
"""Reads xxgk's results from Python, with the standard library only.

  python3 xxgk_client.py results.jsonl              # the JSON Lines of `xxgk convert ... --jsonl results.jsonl`
  python3 xxgk_client.py --server http://127.0.0.1:8080 report.pdf ...   # the HTTP API of `xxgk serve`

Prints one tab-separated line per report: file, status, issuer, year, the applications newly
received from natural persons (section 三, new_received/natural_person) and the number of findings.
"""
import json
import sys
import urllib.parse
import urllib.request


def value(document, pointer):
    """The value at a JSON Pointer such as /applications/new_received/natural_person (None if absent)."""
    node = document
    for key in pointer.lstrip("/").split("/"):
        key = key.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or node.get(key) is None:
            return None
        node = node[key]
    return node


def line(document):
    cells = [
        document["source"]["file"],
        document["status"],
        document["report"]["issuer"],
        document["report"]["year"],
        value(document, "/applications/new_received/natural_person"),
        len(document["findings"]),
    ]
    return "\t".join("" if c is None else str(c) for c in cells)


def read_jsonl(path):
    """One canonical document per line, as written by --jsonl."""
    with open(path, encoding="utf-8") as lines:
        for text in lines:
            if text.strip():
                yield json.loads(text)


def convert(server, path):
    """POST /api/convert with the file as the raw body: one file gives one document."""
    name = urllib.parse.quote(path.replace("\\", "/").rsplit("/", 1)[-1])
    with open(path, "rb") as f:
        request = urllib.request.Request(server.rstrip("/") + "/api/convert?filename=" + name, data=f.read(),
                                         headers={"Content-Type": "application/octet-stream"}, method="POST")
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.load(response)


def main(args):
    if len(args) >= 2 and args[0] == "--server":
        documents = (convert(args[1], path) for path in args[2:])
    elif len(args) == 1:
        documents = read_jsonl(args[0])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for document in documents:
        print(line(document))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
