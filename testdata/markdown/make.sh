#!/usr/bin/env bash
# Regenerates the REAL-TOOL Markdown files of this folder from the project's own sources
# (testdata/office, testdata/html) and the real PDFs of ../shared/corpus/pdf (read, never copied).
# The tool outputs are written unedited. The hand-made files (*.mineru-style.md, *.damaged.md)
# are not produced here; make-expected.py writes every *.expected.json.
#
# Needs Node.js 20 and npm (registry reachable). Tools are installed in $WORK (default
# /tmp/md-work/tools), pinned to the versions the committed files were made with.
#
#   bash testdata/markdown/make.sh          # then: python3 testdata/markdown/make-expected.py
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="$(cd "$ROOT/.." && pwd)/shared/corpus/pdf"
WORK="${WORK:-/tmp/md-work/tools}"
mkdir -p "$WORK"
cd "$WORK"

cat > package.json <<'JSON'
{
  "name": "xxgk-markdown-testdata-tools",
  "private": true,
  "dependencies": {
    "@opendocsg/pdf2md": "0.3.2",
    "markitdown-ts": "0.0.10",
    "turndown": "7.2.5",
    "turndown-plugin-gfm": "1.0.2",
    "@joplin/turndown": "4.0.86",
    "@joplin/turndown-plugin-gfm": "1.0.68",
    "node-html-markdown": "2.0.0",
    "@nanocollective/get-md": "1.4.0",
    "cheerio": "1.2.0"
  },
  "overrides": {
    "unpdf": "1.3.2",
    "pdf-parse": "2.4.5"
  }
}
JSON
# unpdf is pinned because @opendocsg/pdf2md 0.3.2 with unpdf >= 1.4.0 (pdf.js 5.6) never settles
# its promise on Node 20: the fonts it waits for in commonObjs are never delivered.
[ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error

# --- drivers ---------------------------------------------------------------------------------
cat > pdf2md.cjs <<'JS'
// @opendocsg/pdf2md: PDF -> Markdown (what its CLI does, for one file)
const fs = require('fs');
const pdf2md = require('@opendocsg/pdf2md');
const [,, inp, out] = process.argv;
pdf2md(new Uint8Array(fs.readFileSync(inp))).then(md => fs.writeFileSync(out, md),
  e => { console.error(e); process.exit(1); });
JS
cat > markitdown.mjs <<'JS'
// markitdown-ts (TypeScript port of Microsoft MarkItDown): any file -> Markdown
import fs from 'fs';
import { MarkItDown } from 'markitdown-ts';
const [,, inp, out] = process.argv;
const r = await new MarkItDown().convert(inp);
fs.writeFileSync(out, r.markdown);
JS
cat > turndown.cjs <<'JS'
// turndown + turndown-plugin-gfm (or the Joplin forks) on the article part of a web page
const fs = require('fs');
const cheerio = require('cheerio');
const [,, flavour, inp, selector, out] = process.argv;
const TurndownService = require(flavour === 'joplin' ? '@joplin/turndown' : 'turndown');
const { gfm } = require(flavour === 'joplin' ? '@joplin/turndown-plugin-gfm' : 'turndown-plugin-gfm');
const $ = cheerio.load(fs.readFileSync(inp, 'utf8'));
const html = $(selector).map((i, el) => $.html(el)).get().join('\n');
const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
td.use(gfm);
fs.writeFileSync(out, td.turndown(html) + '\n');
JS
cat > nhm.cjs <<'JS'
// node-html-markdown on the article part of a web page
const fs = require('fs');
const cheerio = require('cheerio');
const { NodeHtmlMarkdown } = require('node-html-markdown');
const [,, inp, selector, out] = process.argv;
const $ = cheerio.load(fs.readFileSync(inp, 'utf8'));
const html = $(selector).map((i, el) => $.html(el)).get().join('\n');
fs.writeFileSync(out, NodeHtmlMarkdown.translate(html) + '\n');
JS

# --- outputs ---------------------------------------------------------------------------------
node pdf2md.cjs "$CORPUS/huaian-2024.pdf" "$HERE/huaian-2024.pdf2md.md"
node pdf2md.cjs "$ROOT/testdata/office/000.pdf" "$HERE/000.pdf2md.md"
node markitdown.mjs "$CORPUS/hongze-2023.pdf" "$HERE/hongze-2023.markitdown.md"
node turndown.cjs plain "$ROOT/testdata/html/004.html" 'div.article' "$HERE/004.turndown.md"
node turndown.cjs joplin "$ROOT/testdata/html/002.html" 'div.article-box' "$HERE/002.joplin-turndown.md"
node nhm.cjs "$ROOT/testdata/html/000.html" 'div.article' "$HERE/000.node-html-markdown.md"
# get-md: whole page, its default Readability extraction, YAML front matter
node node_modules/@nanocollective/get-md/bin/get-md.js "$ROOT/testdata/html/003.html" -o "$HERE/003.get-md.md"
echo "written to $HERE"
