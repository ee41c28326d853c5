// xxgk upload page: converts dropped files through POST /api/convert and draws the three
// statistical tables in the official layout. Everything is served by xxgk itself (no CDN).
"use strict";

// Status words as the workbook writes them (export.FindingWords); the command line's summary explains them (Summary.STATUS_NAMES).
const STATUS = {
  ok: "正常", inconsistent: "数字不一致", incomplete: "不完整", failed: "失败", working: "转换中…"
};
const STATUS_HINT = {
  ok: "三张表齐全，数字自洽", inconsistent: "原文数字不满足勾稽关系", incomplete: "缺少表格或数值", failed: "无法读取",
  working: "正在转换"
};
const STATUS_ORDER = ["ok", "inconsistent", "incomplete", "failed", "working"];
const APPLICANTS = [
  ["natural_person", "自然人"], ["commercial_enterprise", "商业企业"], ["research_institution", "科研机构"],
  ["social_welfare_organization", "社会公益组织"], ["legal_service_agency", "法律服务机构"],
  ["other_organization", "其他"], ["total", "总计"]
];
const OUTCOME_GROUPS = [
  ["withheld", "（三）不予公开", [["state_secret", "1.属于国家秘密"], ["prohibited_by_law", "2.其他法律行政法规禁止公开"],
    ["safety_stability", "3.危及“三安全一稳定”"], ["third_party_rights", "4.保护第三方合法权益"],
    ["internal_affairs", "5.属于三类内部事务信息"], ["process_information", "6.属于四类过程性信息"],
    ["enforcement_files", "7.属于行政执法案卷"], ["administrative_query", "8.属于行政查询事项"]]],
  ["unable_to_provide", "（四）无法提供", [["not_held", "1.本机关不掌握相关政府信息"],
    ["needs_creation", "2.没有现成信息需要另行制作"], ["unclear_after_correction", "3.补正后申请内容仍不明确"]]],
  ["not_processed", "（五）不予处理", [["complaint_petition", "1.信访举报投诉类申请"], ["duplicate", "2.重复申请"],
    ["publication", "3.要求提供公开出版物"], ["excessive_repeated", "4.无正当理由大量反复申请"],
    ["confirmation", "5.要求行政机关确认或重新出具已获取信息"]]],
  ["other_handling", "（六）其他处理", [["correction_overdue", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ["fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], ["other", "3.其他"]]]
];
const REVIEW = [["upheld", "结果维持"], ["corrected", "结果纠正"], ["other", "其他结果"], ["pending", "尚未审结"], ["total", "总计"]];

const documents = [];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child));
  return node;
}

function value(doc, path) {
  let node = doc;
  for (const key of path.split("/").slice(1)) node = node == null ? undefined : node[key];
  return node;
}

/** A value cell: its number, or a marked gap; findings about it are highlighted on hover. */
function cell(doc, path, colspan) {
  const v = value(doc, path);
  const td = el("td", { "class": "num", "data-path": path, colspan: colspan });
  td.textContent = v === null || v === undefined ? "—" : String(v);
  if (v === null || v === undefined) td.classList.add("missing");
  const about = doc.findings.filter(f => f.path === path);
  if (about.length) {
    td.title = about.map(f => f.message).join("\n");
    if (about.some(f => f.severity === "error")) td.classList.add("error");
  }
  return td;
}

function th(text, attrs) { return el("th", attrs || {}, text); }

function rowLabel(doc, path, text, attrs) {
  const cellNode = th(text, Object.assign({ "data-path": path }, attrs || {}));
  const about = doc.findings.filter(f => f.path === path);
  if (about.length) { cellNode.title = about.map(f => f.message).join("\n"); cellNode.classList.add("warn"); }
  return cellNode;
}

function activeDisclosure(doc) {
  const t = el("table", { "class": "form", id: "active" });
  const p = "/active_disclosure/";
  const add = (...cells) => t.append(el("tr", {}, ...cells));
  if (doc.report.template === "2019") {
    add(th("第二十条第（一）项", { colspan: 4 }));
    add(th("信息内容"), th("本年新制作数量"), th("本年新公开数量"), th("对外公开总数量"));
    for (const [k, label] of [["regulations", "规章"], ["normative_documents", "规范性文件"]]) {
      add(rowLabel(doc, p + k, label), cell(doc, p + k + "/made"), cell(doc, p + k + "/published"), cell(doc, p + k + "/total_published"));
    }
    for (const [caption, rows] of [["第二十条第（五）项", [["licensing", "行政许可"], ["other_services", "其他对外管理服务事项"]]],
                                   ["第二十条第（六）项", [["penalty", "行政处罚"], ["coercion", "行政强制"]]]]) {
      add(th(caption, { colspan: 4 }));
      add(th("信息内容"), th("上一年项目数量"), th("本年增/减"), th("处理决定数量"));
      for (const [k, label] of rows) {
        add(rowLabel(doc, p + k, label), cell(doc, p + k + "/items_last_year"), cell(doc, p + k + "/items_change"), cell(doc, p + k + "/decisions"));
      }
    }
    add(th("第二十条第（八）项", { colspan: 4 }));
    add(th("信息内容"), th("上一年项目数量"), th("本年增/减", { colspan: 2 }));
    add(rowLabel(doc, p + "fees", "行政事业性收费"), cell(doc, p + "fees/items_last_year"), cell(doc, p + "fees/items_change", 2));
    add(th("第二十条第（九）项", { colspan: 4 }));
    add(th("信息内容"), th("采购项目数量"), th("采购总金额", { colspan: 2 }));
    add(rowLabel(doc, p + "procurement", "政府集中采购"), cell(doc, p + "procurement/projects"), cell(doc, p + "procurement/total_amount", 2));
    return t;
  }
  add(th("第二十条第（一）项", { colspan: 4 }));
  add(th("信息内容"), th("本年制发件数"), th("本年废止件数"), th("现行有效件数"));
  for (const [k, label] of [["regulations", "规章"], ["normative_documents", "行政规范性文件"]]) {
    add(rowLabel(doc, p + k, label), cell(doc, p + k + "/issued"), cell(doc, p + k + "/repealed"), cell(doc, p + k + "/in_force"));
  }
  for (const [caption, rows] of [["第二十条第（五）项", [["licensing", "行政许可"]]], ["第二十条第（六）项", [["penalty", "行政处罚"], ["coercion", "行政强制"]]]]) {
    add(th(caption, { colspan: 4 }));
    add(th("信息内容"), th("本年处理决定数量", { colspan: 3 }));
    for (const [k, label] of rows) add(rowLabel(doc, p + k, label), cell(doc, p + k + "/decisions", 3));
  }
  add(th("第二十条第（八）项", { colspan: 4 }));
  add(th("信息内容"), th("本年收费金额（单位：万元）", { colspan: 3 }));
  add(rowLabel(doc, p + "fees", "行政事业性收费"), cell(doc, p + "fees/amount", 3));
  return t;
}

function applications(doc) {
  const t = el("table", { "class": "form", id: "applications" });
  const p = "/applications/";
  const valueCells = path => APPLICANTS.map(([k]) => cell(doc, path + "/" + k));
  t.append(el("tr", {}, th("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", { colspan: 3, rowspan: 3 }), th("申请人情况", { colspan: 7 })));
  t.append(el("tr", {}, th("自然人", { rowspan: 2 }), th("法人或其他组织", { colspan: 5 }), th("总计", { rowspan: 2 })));
  t.append(el("tr", {}, ...APPLICANTS.slice(1, 6).map(([, label]) => th(label))));
  t.append(el("tr", {}, rowLabel(doc, p + "new_received", "一、本年新收政府信息公开申请数量", { colspan: 3 }), ...valueCells(p + "new_received")));
  t.append(el("tr", {}, rowLabel(doc, p + "carried_over", "二、上年结转政府信息公开申请数量", { colspan: 3 }), ...valueCells(p + "carried_over")));
  const o = p + "outcomes/";
  const single = value(doc, "/applications/outcomes/other_handling/total") !== undefined;
  const outcomeRows = 2 + 8 + 3 + 5 + (single ? 1 : 3) + 1;
  t.append(el("tr", {}, th("三、本年度办理结果", { rowspan: outcomeRows }), rowLabel(doc, o + "disclosed", "（一）予以公开", { colspan: 2 }), ...valueCells(o + "disclosed")));
  t.append(el("tr", {}, rowLabel(doc, o + "partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", { colspan: 2 }), ...valueCells(o + "partially_disclosed")));
  for (const [group, label, rows] of OUTCOME_GROUPS) {
    if (group === "other_handling" && single) {
      t.append(el("tr", {}, rowLabel(doc, o + group, label, { colspan: 2 }), ...valueCells(o + group)));
      continue;
    }
    rows.forEach(([k, rowText], i) => {
      const cells = [rowLabel(doc, o + group + "/" + k, rowText), ...valueCells(o + group + "/" + k)];
      if (i === 0) cells.unshift(th(label, { rowspan: rows.length }));
      t.append(el("tr", {}, ...cells));
    });
  }
  t.append(el("tr", {}, rowLabel(doc, o + "total", "（七）总计", { colspan: 2 }), ...valueCells(o + "total")));
  t.append(el("tr", {}, rowLabel(doc, p + "carried_forward", "四、结转下年度继续办理", { colspan: 3 }), ...valueCells(p + "carried_forward")));
  return t;
}

function reviewLitigation(doc) {
  const t = el("table", { "class": "form", id: "review" });
  t.append(el("tr", {}, th("行政复议", { colspan: 5 }), th("行政诉讼", { colspan: 10 })));
  t.append(el("tr", {}, ...REVIEW.map(([, label]) => th(label, { rowspan: 2 })), th("未经复议直接起诉", { colspan: 5 }), th("复议后起诉", { colspan: 5 })));
  t.append(el("tr", {}, ...REVIEW.map(([, label]) => th(label)), ...REVIEW.map(([, label]) => th(label))));
  const cells = [];
  for (const block of ["review", "litigation_direct", "litigation_after_review"]) {
    for (const [k] of REVIEW) cells.push(cell(doc, "/review_litigation/" + block + "/" + k));
  }
  t.append(el("tr", {}, ...cells));
  return t;
}

function section(doc, key, title, draw) {
  const part = el("div", { "class": "section", "data-section": key }, el("h3", {}, title));
  if (doc[key] === null) {
    const missing = doc.findings.find(f => f.path === "/" + key);
    part.append(el("p", { "class": "notice" }, missing ? missing.message : "未找到该表格"));
  } else {
    part.append(scroller(draw(doc)));
  }
  return part;
}

function download(name, blob) {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

async function xlsx(docs, name) {
  const response = await fetch("/api/export/xlsx", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(docs)
  });
  download(name, await response.blob());
}

function stem(name) { return name.replace(/\.[^.]*$/, ""); }

function badge(status, text) {
  return el("span", { "class": "badge " + status, title: STATUS_HINT[status] }, text || STATUS[status]);
}

/** A card's foldable frame: the heading (file name and badge) stays visible when folded. */
function frame(card, fileName, status, text) {
  card.replaceChildren();
  const body = el("div", { "class": "body" });
  const fold = el("details", { "class": "fold", open: "" }, el("summary", {}, el("h2", {}, el("span", { "class": "file" }, fileName), badge(status, text))), body);
  card.append(fold);
  return body;
}

/** A table that scrolls sideways inside its card when the screen is narrower than the table. */
function scroller(table) { return el("div", { "class": "scroll" }, table); }

function render(card, doc, json) {
  card.dataset.status = doc.status;
  const body = frame(card, doc.source.file, doc.status);
  const r = doc.report;
  body.append(el("div", { "class": "meta" },
    [r.title, r.issuer && "发布机关：" + r.issuer, r.year && r.year + "年度", r.template && r.template + "年版表格"].filter(Boolean).join("　")));
  if (doc.status !== "failed") {
    // A failed file has nothing worth downloading: its findings below say why.
    const buttons = el("div", { "class": "downloads" },
      el("button", { type: "button", "class": "json" }, "下载 JSON"), el("button", { type: "button", "class": "xlsx" }, "下载 Excel"));
    buttons.querySelector(".json").onclick = () => download(stem(doc.source.file) + ".json", new Blob([json], { type: "application/json" }));
    buttons.querySelector(".xlsx").onclick = () => xlsx([doc], stem(doc.source.file) + ".xlsx");
    body.append(buttons);
    body.append(section(doc, "active_disclosure", "二、主动公开政府信息情况", activeDisclosure));
    body.append(section(doc, "applications", "三、收到和处理政府信息公开申请情况", applications));
    body.append(section(doc, "review_litigation", "四、政府信息公开行政复议、行政诉讼情况", reviewLitigation));
    for (const [key, title] of [["overview", "一、总体情况"], ["problems_and_improvements", "五、存在的主要问题及改进情况"], ["other_matters", "六、其他需要报告的事项"]]) {
      if (doc.narrative[key]) body.append(el("details", { "data-narrative": key }, el("summary", {}, title), el("p", {}, doc.narrative[key])));
    }
  }
  if (doc.findings.length) {
    body.append(el("h3", {}, "检查结果"));
    body.append(el("ul", { "class": "findings" }, ...doc.findings.map(f => finding(card, doc, f))));
  }
}

/** A finding; where it names a value, a link to the value's cell and its source (查看原文). */
function finding(card, doc, f) {
  const item = el("li", { "class": f.severity, "data-path": f.path }, f.message);
  if (f.path && doc.status !== "failed" && f.path !== "/") {
    const link = el("a", { href: "#", "class": "to-cell" }, "查看原文");
    item.classList.add("linked");
    item.onclick = e => {
      e.preventDefault();
      const target = card.querySelector(`td[data-path="${CSS.escape(f.path)}"], th[data-path="${CSS.escape(f.path)}"]`);
      if (target) {
        target.scrollIntoView({ block: "center", inline: "center" });
        target.classList.remove("flash");
        void target.offsetWidth; // restart the animation
        target.classList.add("flash");
      }
      SOURCE.open(card, f.path, f.message);
    };
    item.append(" ", link);
  }
  return item;
}

/** A card for a file the server did not convert (busy, too large, network): counted as failed. */
function refused(card, fileName, message) {
  card.dataset.status = "failed";
  frame(card, fileName, "failed", "未转换").append(el("p", { "class": "notice" }, message));
  summarize();
}

/** The bar over a drop of several files: how many of each status, and a link to every card. */
function summarize() {
  const cards = [...document.querySelectorAll("#reports article.report")];
  const bar = document.getElementById("summary");
  bar.hidden = cards.length < 2;
  if (bar.hidden) return;
  const statusOf = card => card.dataset.status || "working";
  const counts = el("p", { "class": "counts" }, "共 " + cards.length + " 份：");
  for (const status of STATUS_ORDER) {
    const n = cards.filter(c => statusOf(c) === status).length;
    if (n || status !== "working") {
      counts.append(el("span", { "class": "count " + status, "data-status": status, title: STATUS_HINT[status] },
        STATUS[status].replace("…", "") + " ", el("b", {}, String(n))));
    }
  }
  const links = el("ul", { "class": "links" }, ...cards.map(card => el("li", {},
    el("a", { href: "#" + card.id, "class": statusOf(card), title: STATUS[statusOf(card)] }, card.dataset.file))));
  bar.replaceChildren(counts, links);
}

let cardCount = 0;

async function convert(file) {
  const card = el("article", { "class": "report", "data-file": file.name, id: "report-" + (++cardCount) });
  frame(card, file.name, "working");
  document.getElementById("reports").append(card);
  summarize();
  const form = new FormData();
  form.append("file", file, file.name);
  let response, text, body;
  try {
    response = await fetch("/api/convert?provenance=true", { method: "POST", body: form });
    text = await response.text();
    body = JSON.parse(text);
  } catch (e) {
    refused(card, file.name, "网络错误：" + e);
    return;
  }
  if (!response.ok) {
    refused(card, file.name, body.error);
    return;
  }
  // A ZIP archive gives one document per report inside it: one card each.
  const docs = Array.isArray(body) ? body : [body];
  docs.forEach((doc, i) => {
    let target = card;
    if (i > 0) {
      target = el("article", { "class": "report", "data-file": doc.source.file, id: "report-" + (++cardCount) });
      card.after(target);
    } else {
      target.dataset.file = doc.source.file;
    }
    documents.push(doc);
    // For 查看原文: the file stays in this page (the server keeps nothing) and is sent again when needed.
    target.file = doc.source.file.includes("!/") ? null : file; // a report inside a ZIP: not the dropped file
    target.doc = doc;
    render(target, doc, docs.length === 1 ? text : JSON.stringify(doc, null, 2) + "\n");
  });
  document.getElementById("toolbar").hidden = false;
  summarize();
}

function accept(files) { for (const file of files) convert(file); }

function foldAll(open) {
  for (const fold of document.querySelectorAll("#reports details.fold")) fold.open = open;
}

// A value's cell opens its source in the side panel.
document.getElementById("reports").addEventListener("click", e => {
  const cell = e.target.closest("td[data-path]");
  const card = cell && cell.closest("article.report");
  if (!card || !card.doc) return;
  const rowHead = cell.parentElement.querySelector("th[data-path]");
  SOURCE.open(card, cell.dataset.path, (rowHead ? rowHead.textContent + "：" : "") + cell.textContent);
});

// A link in the summary bar opens its card if it was folded, then the browser scrolls to it.
document.getElementById("summary").addEventListener("click", e => {
  const link = e.target.closest("a[href^='#report-']");
  if (link) document.querySelector(link.getAttribute("href") + " details.fold").open = true;
});
document.getElementById("fold-all").addEventListener("click", () => foldAll(false));
document.getElementById("open-all").addEventListener("click", () => foldAll(true));

const drop = document.getElementById("drop");
drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", e => { e.preventDefault(); drop.classList.remove("over"); accept(e.dataTransfer.files); });
document.getElementById("picker").addEventListener("change", e => accept(e.target.files));
document.getElementById("all-xlsx").addEventListener("click", () => xlsx(documents, "xxgk-汇总.xlsx"));
