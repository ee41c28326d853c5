// 查看原文: the side panel that shows where a value was read, from the report's provenance
// (POST /api/convert?provenance=true). A PDF page is drawn here with pdf.js from the file the
// user dropped, a picture is drawn as it is; what the browser cannot draw (OFD, TIFF) the server
// renders (POST /api/source/page), and a table row of Word, HTML, sheets or text the server reads
// out of the file again (POST /api/source/row). The server keeps no file after its answer, so the
// page sends the file with each of these requests.
"use strict";

const SOURCE = (() => {
  const PDFJS = "/pdfjs/build/pdf.min.mjs";
  // Pixels per unit of the server's page pictures (POST /api/source/page): 2 per point, 1 per pixel.
  const SERVER_SCALE = { pt: 2, px: 1 };
  const BROWSER_PICTURES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"];
  const panel = document.getElementById("source");
  const where = panel.querySelector(".where");
  const view = panel.querySelector(".view");
  let pdfjs = null;
  let shown = 0; // the latest request: an earlier one still drawing gives way

  function make(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) node.setAttribute(k, v);
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child));
    return node;
  }

  /** The provenance of a path: its own entry, or, for a row or a table, every entry under it. */
  function entries(doc, path) {
    const all = doc.provenance || {};
    if (all[path]) return [[path, all[path]]];
    return Object.entries(all).filter(([key]) => key.startsWith(path + "/"));
  }

  /** Where, in words, as the report's findings say it. */
  function describe(at) {
    if (at.page !== undefined) return "第" + at.page + "页";
    if (at.picture !== undefined) return "第" + at.picture + "张图片";
    if (at.table !== undefined) return "第" + at.table + "个表格第" + at.row + "行" + (at.col !== undefined ? "第" + at.col + "列" : "");
    if (at.sheet !== undefined) return "工作表「" + at.sheet + "」" + (at.cell !== undefined ? at.cell + "单元格" : "");
    if (at.line !== undefined) return "第" + at.line + "行";
    return "";
  }

  function show(title, ...content) {
    panel.hidden = false;
    document.body.classList.add("with-source");
    where.replaceChildren(...title);
    view.replaceChildren(...content);
  }

  function close() {
    shown++;
    panel.hidden = true;
    document.body.classList.remove("with-source");
    view.replaceChildren();
    for (const cell of document.querySelectorAll(".shown")) cell.classList.remove("shown");
  }

  async function post(url, file) {
    const response = await fetch(url, { method: "POST", body: file, headers: { "Content-Type": "application/octet-stream" } });
    if (!response.ok) {
      let message = "HTTP " + response.status;
      try { message = (await response.json()).error; } catch (e) { /* not our JSON */ }
      throw new Error(message);
    }
    return response;
  }

  function query(params) {
    return Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => k + "=" + encodeURIComponent(v)).join("&");
  }

  /** The page of a PDF, drawn by pdf.js into a canvas at a width that fits the panel. */
  async function pdfPage(card, number) {
    if (!pdfjs) {
      pdfjs = await import(PDFJS);
      pdfjs.GlobalWorkerOptions.workerSrc = "/pdfjs/build/pdf.worker.min.mjs";
    }
    if (!card.pdf) {
      const data = new Uint8Array(await card.file.arrayBuffer());
      // CMaps and standard fonts from the jar: Chinese PDFs often use non-embedded CID fonts.
      card.pdf = pdfjs.getDocument({ data, cMapUrl: "/pdfjs/cmaps/", cMapPacked: true,
        standardFontDataUrl: "/pdfjs/standard_fonts/", wasmUrl: "/pdfjs/wasm/", isEvalSupported: false }).promise;
    }
    const page = await (await card.pdf).getPage(number);
    const natural = page.getViewport({ scale: 1 });
    const scale = fitScale(natural.width);
    const viewport = page.getViewport({ scale });
    const canvas = make("canvas", { "class": "page", width: Math.floor(viewport.width), height: Math.floor(viewport.height) });
    await page.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
    return { node: canvas, scale, width: viewport.width, height: viewport.height };
  }

  /** The panel's width for a page: the whole page visible across, never wider than 1000 px. */
  function fitScale(width) {
    const room = Math.max(240, Math.min(1000, view.clientWidth - 24));
    return room / width;
  }

  /** A picture (the dropped file itself, or the server's rendering of the page) at a fitting scale. */
  async function picture(blob, unitsPerPixel) {
    const url = URL.createObjectURL(blob);
    const img = make("img", { "class": "page", alt: "原文页面", src: url });
    await img.decode();
    const units = img.naturalWidth / unitsPerPixel;
    const scale = fitScale(units);
    img.style.width = units * scale + "px";
    return { node: img, scale, width: units * scale, height: img.naturalHeight / unitsPerPixel * scale };
  }

  async function page(card, doc, at) {
    const type = doc.source.media_type || "";
    if (type === "application/pdf") return pdfPage(card, at.page);
    if (at.unit === "px" && at.page === 1 && BROWSER_PICTURES.includes(type)) return picture(card.file, 1);
    const response = await post("/api/source/page?" + query({ filename: doc.source.file, page: at.page }), card.file);
    return picture(await response.blob(), SERVER_SCALE[at.unit] || 2);
  }

  /** The page with each box highlighted, scrolled so that the first box is in the middle. */
  async function showPage(card, doc, found, request) {
    const first = found[0][1];
    const drawn = await page(card, doc, first);
    if (request !== shown) return;
    const sheet = make("div", { "class": "sheet", style: "width:" + drawn.width + "px;height:" + drawn.height + "px" }, drawn.node);
    const boxes = [];
    for (const [path, at] of found) {
      if (at.page !== first.page || !at.box) continue;
      const [x0, y0, x1, y1] = at.box.map(v => v * drawn.scale);
      const box = make("div", { "class": "box", "data-path": path, title: at.raw,
        style: `left:${x0}px;top:${y0}px;width:${x1 - x0}px;height:${y1 - y0}px` });
      sheet.append(box);
      boxes.push(box);
    }
    sheet.dataset.scale = drawn.scale;
    view.replaceChildren(sheet);
    if (boxes.length) boxes[0].scrollIntoView({ block: "center", inline: "center" });
  }

  /** The source row, its raw cells as the file has them, the value's cells marked. */
  async function showRow(card, doc, found, request) {
    const at = found[0][1];
    const params = { filename: doc.source.file, table: at.table, sheet: at.sheet, cell: at.cell, line: at.line,
      row: at.table !== undefined ? at.row : undefined };
    const row = await (await post("/api/source/row?" + query(params), card.file)).json();
    if (request !== shown) return;
    const marked = found.filter(([, e]) => sameRow(e, at));
    const tr = make("tr", {});
    for (const cell of row.cells) {
      const td = make("td", { "data-col": cell.col, colspan: cell.span > 1 ? cell.span : undefined }, cell.text);
      if (marked.some(([, e]) => covers(e, cell))) td.classList.add("hit");
      tr.append(td);
    }
    const heading = make("tr", {}, ...row.cells.map(cell => make("th", { colspan: cell.span > 1 ? cell.span : undefined },
      columnName(cell, at.sheet !== undefined))));
    view.replaceChildren(make("p", { "class": "row-name" }, row.name),
      make("div", { "class": "scroll" }, make("table", { "class": "source-row" }, heading, tr)));
    const hit = view.querySelector("td.hit");
    if (hit) hit.scrollIntoView({ block: "nearest", inline: "center" });
  }

  function sameRow(a, b) {
    return a.table === b.table && a.sheet === b.sheet && a.line === b.line && (a.table === undefined || a.row === b.row)
      && (a.cell === undefined || a.cell.replace(/^[A-Z]+/, "") === b.cell.replace(/^[A-Z]+/, ""));
  }

  /** Whether a row cell from the server is the one a provenance entry names (by column; text lines by raw text). */
  function covers(at, cell) {
    const col = at.col !== undefined ? at.col : at.cell !== undefined ? columnNumber(at.cell) : undefined;
    if (col !== undefined && cell.col !== undefined) return col >= cell.col && col < cell.col + (cell.span || 1);
    return cell.text.trim() === String(at.raw).trim();
  }

  /** "J9" → 10 (the spreadsheet's own column number). */
  function columnNumber(a1) {
    let n = 0;
    for (const c of a1.replace(/[0-9]+$/, "")) n = n * 26 + (c.charCodeAt(0) - 64);
    return n;
  }

  /** A row cell's column in the heading: 第4列, 第2–3列 for a merged cell; a sheet's letters (J, B–C). */
  function columnName(cell, sheet) {
    const last = cell.col + (cell.span || 1) - 1;
    const name = n => sheet ? columnLetters(n) : String(n);
    const range = last > cell.col ? name(cell.col) + "–" + name(last) : name(cell.col);
    return sheet ? range : "第" + range + "列";
  }

  function columnLetters(n) {
    let text = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + (n - 1) % 26) + text;
    return text;
  }

  /** Opens the panel on a value (or a finding's cells) of a card's report. */
  async function open(card, path, label) {
    const request = ++shown;
    const doc = card.doc;
    for (const cell of document.querySelectorAll(".shown")) cell.classList.remove("shown");
    for (const cell of card.querySelectorAll(`[data-path="${CSS.escape(path)}"]`)) cell.classList.add("shown");
    const found = entries(doc, path);
    const head = [make("strong", {}, doc.source.file), " · ", label || path];
    if (!found.length) {
      show(head, make("p", { "class": "notice" }, doc.provenance ? "这一项没有原文位置（原文中没有这个数值）" : "转换结果中没有原文位置信息"));
      return;
    }
    const first = found[0][1];
    if (!card.file) {
      show(head, make("p", { "class": "notice" }, "这份报告在压缩包中：请解压后单独拖放该文件，再查看原文"));
      return;
    }
    show([...head, make("br"), describe(first), found.length === 1 ? "　原文：" + first.raw : "　共 " + found.length + " 个数值",
      first.ocr_confidence !== undefined ? "　识别置信度 " + Math.round(first.ocr_confidence * 100) + "%" : ""],
      make("p", { "class": "hint" }, "正在读取原文…"));
    try {
      if (first.page === undefined && first.picture !== undefined) {
        view.replaceChildren(make("p", { "class": "notice" }, "这个数值读自文档中的第" + first.picture + "张图片，请在原文中查看该图片"));
      } else if (first.page !== undefined) await showPage(card, doc, found, request);
      else await showRow(card, doc, found, request);
    } catch (e) {
      if (request === shown) view.replaceChildren(make("p", { "class": "notice" }, "无法显示原文：" + (e.message || e)));
    }
  }

  panel.querySelector(".close").addEventListener("click", close);
  document.addEventListener("keydown", e => { if (e.key === "Escape" && !panel.hidden) close(); });
  return { open };
})();
