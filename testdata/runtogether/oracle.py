#!/usr/bin/env python3
"""Oracle for the run-together text documents of testdata/runtogether/ (Python 3 stdlib only).

For every NNN-FLAVOUR.txt here it reads the text itself (it does not use make.py or the HTML),
finds each statistical row's run of values, splits the runs by the rules below and writes
NNN-FLAVOUR.txt.expected.json and NOTES.md.  Report, narrative and schema are copied from
../html/NNN.expected.json (the page the text came from); the table values and the findings are
the oracle's own.  The source's values are used only to write NOTES.md (what differs from truth).

Reading the text
  Pinyin annotations "(kāi)" are dropped, traditional characters of the labels mapped to
  simplified and full-width ASCII forms (０-９, （）：，．) to ASCII, character by character, so
  positions still point into the raw text.  Section anchors are the heading lines
  (二、)主动公开政府信息情况, (三、)收到和处理政府信息公开申请情况, (四、)政府信息公开行政复议、行政诉讼情况.
  Row labels are searched in order, each one after the previous; a label counts only where a
  value (optional spaces, then a digit or sign) follows it.  A row's run is the text after its
  label up to the next row's label or the first character that is not a digit, sign, dot or
  space, whichever is first, trimmed.  Table 四's run is everything from the first digit after
  its column headers over digits, signs, dots, spaces and line breaks (a line break counts as a
  space), trimmed.

Splitting (the brief's semantics, implemented literally)
  COUNT = 0 | [1-9][0-9]*;  SIGNED_COUNT = [+-]? COUNT;  AMOUNT = (0|[1-9][0-9]*)(\\.[0-9]+)?
  S_r = every cut of run r into exactly N values, spaces being forced cuts, each value matching
  its column's syntax, the local rule holding (三: total = sum of six; 四: each block's total =
  sum of its four; 二: none).
  a. |S_r| = 1: taken.
  b. |S_r| = 0: the run is exactly N characters, all digits: taken literally; else all N cells
     null, ambiguous_split with actual [].
  c. |S_r| > 1, A = all such rows (any table).  Cross-row equations (table 三, per column):
     balance new + carried_over = outcomes.total + carried_forward, outcome_total outcomes.total
     = sum of the outcome leaf rows.  Used: equations holding a cell of a row in A; skipped:
     equations holding a null cell.  All combinations of one split per row of A are tried (give
     up, as if there were no solution, when the product of the |S_r| exceeds 100,000); a
     solution satisfies every used equation.  With solutions: a row whose solutions all pick
     the same split takes it, else null + ambiguous_split with the distinct splits found in
     solutions.  Without: every row of A null + ambiguous_split with actual = S_r.
  actual is ordered by the sequence of the values' lengths, ascending; first 20 only.

Findings (message "TODO"), in this order: ambiguous_split in reading order, missing_value (cells
null for another reason, canonical order), then row_total, balance, outcome_total, block_total
computed from the resolved values, each in canonical order.  A rule with a null operand is not
evaluated.  Status: inconsistent if any error, else incomplete if any ambiguous_split,
missing_value or missing_section, else ok.
"""
import hashlib
import itertools
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
HTML = HERE.parent / "html"
GIVE_UP = 100_000
ALL_CASES = ["a", "b-literal", "b-null", "c-resolved", "c-ambiguous", "c-no-solution", "c-gave-up"]
MAX_ACTUAL = 20

# ---------------------------------------------------------------- text normalisation

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
TRADITIONAL = (
    "開开動动請请數数規规許许處处罰罚強强業业費费結结轉转國国屬属機机關关沒没現现補补訪访舉举報报"
    "訴诉類类復复複复無无當当確确認认議议維维糾纠審审總总計计額额單单萬万辦办條条項项內内廢废發发"
    "製制務务過过執执詢询穩稳護护權权決决況况應应據据購购採采體体門门這这區区與与後后經经從从為为"
    "會会組组織织獲获繳缴繼继續续險险護护範范嚴严訟讼納纳錄录種种專专檢检調调參参產产傳传億亿寫写讀读")
TRAD_MAP = {TRADITIONAL[i]: TRADITIONAL[i + 1] for i in range(0, len(TRADITIONAL), 2)}


def normalise(raw):
    """(text without pinyin, same text normalised char by char: same length, same positions)."""
    text = PINYIN.sub("", raw)
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        elif ch == "\u3000":
            ch = " "
        out.append(TRAD_MAP.get(ch, ch))
    return text, "".join(out)


RUN_CHARS = set("0123456789+-. ")

# ---------------------------------------------------------------- the form

COLUMNS = ["natural_person", "commercial_enterprise", "research_institution",
           "social_welfare_organization", "legal_service_agency", "other_organization", "total"]
BLOCKS = ["review", "litigation_direct", "litigation_after_review"]
BLOCK_FIELDS = ["upheld", "corrected", "other", "pending", "total"]

C, S, A = "COUNT", "SIGNED_COUNT", "AMOUNT"

# (key path, label regex, [(field, kind)])
ACTIVE_2021 = [
    (("regulations",), r"规章", [("issued", C), ("repealed", C), ("in_force", C)]),
    (("normative_documents",), r"行政规范性文件", [("issued", C), ("repealed", C), ("in_force", C)]),
    (("licensing",), r"行政许可", [("decisions", C)]),
    (("penalty",), r"行政处罚", [("decisions", C)]),
    (("coercion",), r"行政强制", [("decisions", C)]),
    (("fees",), r"行政事业性收费", [("amount", A)]),
]
THREE_2019 = [("items_last_year", C), ("items_change", S), ("decisions", C)]
ACTIVE_2019 = [
    (("regulations",), r"规章", [("made", C), ("published", C), ("total_published", C)]),
    (("normative_documents",), r"规范性文件", [("made", C), ("published", C), ("total_published", C)]),
    (("licensing",), r"行政许可", THREE_2019),
    (("other_services",), r"其他对外管理服务事项", THREE_2019),
    (("penalty",), r"行政处罚", THREE_2019),
    (("coercion",), r"行政强制", THREE_2019),
    (("fees",), r"行政事业性收费", [("items_last_year", C), ("items_change", S)]),
    (("procurement",), r"政府集中采购", [("projects", C), ("total_amount", A)]),
]
SEVEN = [(c, C) for c in COLUMNS]
O = ("outcomes",)
APPLICATIONS_HEAD = [
    (("new_received",), r"本年新收政府信息公开申请数量"),
    (("carried_over",), r"上年结转政府信息公开申请数量"),
    (O + ("disclosed",), r"予以公开"),
    (O + ("partially_disclosed",), r"部分公开\(区分处理的,只计这一情形,不计其他情形\)"),
    (O + ("withheld", "state_secret"), r"1\.属于国家秘密"),
    (O + ("withheld", "prohibited_by_law"), r"2\.其他法律、?行政法规禁止公开"),
    (O + ("withheld", "safety_stability"), r"3\.危及.三安全一稳定."),
    (O + ("withheld", "third_party_rights"), r"4\.保护第三方合法权益"),
    (O + ("withheld", "internal_affairs"), r"5\.属于三类内部事务信息"),
    (O + ("withheld", "process_information"), r"6\.属于四类过程性信息"),
    (O + ("withheld", "enforcement_files"), r"7\.属于行政执法案卷"),
    (O + ("withheld", "administrative_query"), r"8\.属于行政查询事项"),
    (O + ("unable_to_provide", "not_held"), r"1\.本机关不掌握相关政府信息"),
    (O + ("unable_to_provide", "needs_creation"), r"2\.没有现成信息需要另行制作"),
    (O + ("unable_to_provide", "unclear_after_correction"), r"3\.补正后申请内容仍不明确"),
    (O + ("not_processed", "complaint_petition"), r"1\.信访举报投诉类申请"),
    (O + ("not_processed", "duplicate"), r"2\.重复申请"),
    (O + ("not_processed", "publication"), r"3\.要求提供公开出版物"),
    (O + ("not_processed", "excessive_repeated"), r"4\.无正当理由大量反复申请"),
    (O + ("not_processed", "confirmation"), r"5\.要求行政机关确认或重新出具已获取信息"),
]
OTHER_2021 = [
    (O + ("other_handling", "correction_overdue"),
     r"1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    (O + ("other_handling", "fee_unpaid"),
     r"2\.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    (O + ("other_handling", "other"), r"3\.其他"),
]
OTHER_2019 = [(O + ("other_handling",), r"其他处理")]
APPLICATIONS_TAIL = [
    (O + ("total",), r"总计"),
    (("carried_forward",), r"结转下年度继续办理"),
]
REVIEW_FIELDS = [(f"{b}/{f}", C) for b in BLOCKS for f in BLOCK_FIELDS]

VALUE_SYNTAX = {
    C: re.compile(r"0|[1-9][0-9]*"),
    S: re.compile(r"[+-]?(?:0|[1-9][0-9]*)"),
    A: re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"),
}


class Row:
    def __init__(self, section, keys, fields, rule):
        self.section = section          # "active_disclosure" | "applications" | "review_litigation"
        self.keys = keys                # key path inside the section ( () for table 四 )
        self.fields = fields            # [(field, kind)]
        self.rule = rule                # None | "row_total" | "block_total"
        self.raw_run = None             # run as in the document
        self.run = None                 # normalised run
        self.splits = []                # S_r: list of token tuples
        self.case = None
        self.values = None              # resolved tokens or None (all null)
        self.actual = None              # ambiguous_split actual or None

    @property
    def path(self):
        return "/" + "/".join((self.section,) + self.keys)

    @property
    def n(self):
        return len(self.fields)


def rows_for(template):
    active = ACTIVE_2021 if template == "2021" else ACTIVE_2019
    other = OTHER_2021 if template == "2021" else OTHER_2019
    rows = [(Row("active_disclosure", k, f, None), rx) for k, rx, f in active]
    rows += [(Row("applications", k, SEVEN, "row_total"), rx)
             for k, rx in APPLICATIONS_HEAD + other + APPLICATIONS_TAIL]
    return rows


# ---------------------------------------------------------------- finding the runs

def anchor(norm, heading):
    m = re.search(r"^(?:[二三四]、)?" + heading + r"$", norm, re.M)
    if not m:
        raise SystemExit(f"heading {heading} not found")
    return m.end()


def cut_run(raw, norm, start, stop, allow_newlines=False):
    end = start
    while end < stop and (norm[end] in RUN_CHARS or (allow_newlines and norm[end] == "\n")):
        end += 1
    r, n = raw[start:end], norm[start:end]
    if allow_newlines:
        r, n = r.replace("\n", " "), n.replace("\n", " ")
    return r.strip(), n.strip()


def read_runs(raw_text):
    raw, norm = normalise(raw_text)
    template = "2019" if "本年新制作数量" in norm else "2021"
    labelled = rows_for(template)
    anchors = {"active_disclosure": anchor(norm, "主动公开政府信息情况"),
               "applications": anchor(norm, "收到和处理政府信息公开申请情况")}
    review_anchor = anchor(norm, "政府信息公开行政复议、行政诉讼情况")
    found = []
    pos = None
    section = None
    for row, rx in labelled:
        if row.section != section:
            section = row.section
            pos = anchors[section]
        m = re.compile(rx + r"(?=[ ]*[0-9+\-])").search(norm, pos)
        if not m:
            raise SystemExit(f"label {rx} not found")
        found.append((row, m.start(), m.end()))
        pos = m.end()
    rows = []
    for i, (row, _, end) in enumerate(found):
        nxt = found[i + 1][1] if i + 1 < len(found) and found[i + 1][0].section == row.section else len(norm)
        row.raw_run, row.run = cut_run(raw, norm, end, nxt)
        rows.append(row)
    # table 四: one run of 15 values after the column headers
    m = re.compile(r"复议后起诉").search(norm, review_anchor)
    digit = re.compile(r"[0-9]").search(norm, m.end())
    review = Row("review_litigation", (), REVIEW_FIELDS, "block_total")
    review.raw_run, review.run = cut_run(raw, norm, digit.start(), len(norm), allow_newlines=True)
    rows.append(review)
    return template, rows


# ---------------------------------------------------------------- splitting

def token_value(token, kind):
    if kind == A:
        return token          # amounts keep their printed digits
    return int(token)


def local_rule_holds(row, tokens):
    if row.rule is None:
        return True
    v = [int(t) for t in tokens]
    if row.rule == "row_total":
        return sum(v[:6]) == v[6]
    return all(sum(v[b * 5:b * 5 + 4]) == v[b * 5 + 4] for b in range(3))


def all_splits(row):
    pieces = row.run.split()
    kinds = [k for _, k in row.fields]
    out = []

    def piece(pi, offset, col, acc):
        # cut pieces[pi][offset:] into whole values starting at column col
        text = pieces[pi]
        if offset == len(text):
            if pi + 1 == len(pieces):
                if col == len(kinds):
                    out.append(tuple(acc))
                return
            piece(pi + 1, 0, col, acc)
            return
        if col == len(kinds):
            return
        for end in range(offset + 1, len(text) + 1):
            token = text[offset:end]
            if VALUE_SYNTAX[kinds[col]].fullmatch(token):
                acc.append(token)
                piece(pi, end, col + 1, acc)
                acc.pop()

    if pieces:
        piece(0, 0, 0, [])
    splits = [s for s in out if local_rule_holds(row, s)]
    return sorted(set(splits), key=lambda s: tuple(len(t) for t in s))


def split_actual(row, splits):
    ordered = sorted(splits, key=lambda s: tuple(len(t) for t in s))[:MAX_ACTUAL]
    return [[token_value(t, k) for t, (_, k) in zip(s, row.fields)] for s in ordered]


def resolve(template, rows):
    for row in rows:
        row.splits = all_splits(row)
        if len(row.splits) == 1:
            row.case, row.values = "a", list(row.splits[0])
        elif not row.splits:
            if len(row.run) == row.n and row.run.isdigit() and row.run.isascii():
                row.case, row.values = "b-literal", list(row.run)
            else:
                row.case, row.values, row.actual = "b-null", None, []
    ambiguous = [r for r in rows if len(r.splits) > 1]
    if not ambiguous:
        return {}
    by_keys = {r.keys: r for r in rows if r.section == "applications"}
    leaves = [k for k in by_keys if k[0] == "outcomes" and k != ("outcomes", "total")]
    equations = []  # (name, column, [(row keys, sign)])
    for col in COLUMNS:
        equations.append(("balance", col, [(("new_received",), 1), (("carried_over",), 1),
                                           (("outcomes", "total"), -1), (("carried_forward",), -1)]))
        equations.append(("outcome_total", col, [(("outcomes", "total"), 1)] + [(k, -1) for k in leaves]))
    in_a = {id(r) for r in ambiguous}
    used = []
    for name, col, terms in equations:
        members = [by_keys[k] for k, _ in terms]
        if not any(id(m) in in_a for m in members):
            continue
        if any(id(m) not in in_a and m.values is None for m in members):
            continue  # a null cell: skipped
        used.append((name, col, terms))
    combinations = 1
    for r in ambiguous:
        combinations *= len(r.splits)
    info = {"A": [r.path for r in ambiguous], "combinations": combinations,
            "equations_used": [f"{n}[{c}]" for n, c, _ in used]}
    solutions = []
    if combinations <= GIVE_UP:
        for choice in itertools.product(*(r.splits for r in ambiguous)):
            chosen = {id(r): s for r, s in zip(ambiguous, choice)}
            ok = True
            for _, col, terms in used:
                total = 0
                for keys, sign in terms:
                    row = by_keys[keys]
                    tokens = chosen.get(id(row), row.values)
                    total += sign * int(tokens[COLUMNS.index(col)])
                if total != 0:
                    ok = False
                    break
            if ok:
                solutions.append(choice)
    else:
        info["gave_up"] = True
    info["solutions"] = len(solutions)
    for i, row in enumerate(ambiguous):
        if solutions:
            distinct = sorted({s[i] for s in solutions}, key=lambda s: tuple(len(t) for t in s))
            if len(distinct) == 1:
                row.case, row.values = "c-resolved", list(distinct[0])
            else:
                row.case, row.values, row.actual = "c-ambiguous", None, split_actual(row, distinct)
        else:
            row.case = "c-gave-up" if info.get("gave_up") else "c-no-solution"
            row.values, row.actual = None, split_actual(row, row.splits)
    return info


# ---------------------------------------------------------------- the canonical JSON

class Amount:
    def __init__(self, text):
        self.text = text


def cell(row, i):
    if row.values is None:
        return None
    token = row.values[i]
    kind = row.fields[i][1]
    return Amount(token) if kind == A else int(token)


def set_path(doc, path, value):
    parts = path.strip("/").split("/")
    node = doc
    for p in parts[:-1]:
        node = node[p]
    node[parts[-1]] = value


def get_path(doc, path):
    node = doc
    for p in path.strip("/").split("/"):
        if node is None:
            return None
        node = node[p]
    return node


def arithmetic(doc):
    found = []
    apps = doc["applications"]
    rows = []

    def walk(node, path):
        if isinstance(node, dict) and "natural_person" in node:
            rows.append((path, node))
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + "/" + k)
    walk(apps, "/applications")
    for path, r in rows:
        v = [r[c] for c in COLUMNS]
        if None not in v and sum(v[:6]) != v[6]:
            found.append(err("row_total", path + "/total", sum(v[:6]), v[6]))
    outcomes = apps["outcomes"]
    leaves = [r for p, r in rows if p.startswith("/applications/outcomes/") and p != "/applications/outcomes/total"]
    for c in COLUMNS:
        ops = [apps["new_received"][c], apps["carried_over"][c], outcomes["total"][c], apps["carried_forward"][c]]
        if None not in ops and ops[0] + ops[1] - ops[2] != ops[3]:
            found.append(err("balance", f"/applications/carried_forward/{c}", ops[0] + ops[1] - ops[2], ops[3]))
    for c in COLUMNS:
        ops = [r[c] for r in leaves]
        if None not in ops and outcomes["total"][c] is not None and sum(ops) != outcomes["total"][c]:
            found.append(err("outcome_total", f"/applications/outcomes/total/{c}", sum(ops), outcomes["total"][c]))
    for b in BLOCKS:
        blk = doc["review_litigation"][b]
        v = [blk[f] for f in BLOCK_FIELDS]
        if None not in v and sum(v[:4]) != v[4]:
            found.append(err("block_total", f"/review_litigation/{b}/total", sum(v[:4]), v[4]))
    return found


def err(rule, path, expected, actual):
    return {"rule": rule, "severity": "error", "path": path, "message": "TODO",
            "expected": expected, "actual": actual}


def build(txt, source, template, rows):
    doc = json.loads(json.dumps(source))  # deep copy, key order kept
    doc["source"] = {"file": txt.name, "media_type": "text/plain",
                     "sha256": hashlib.sha256(txt.read_bytes()).hexdigest(), "pages": None}
    if doc["report"]["template"] != template:
        raise SystemExit(f"{txt.name}: template {template} but source says {doc['report']['template']}")
    for row in rows:
        for i, (field, _) in enumerate(row.fields):
            set_path(doc, row.path + "/" + field if row.keys else "/review_litigation/" + field, cell(row, i))
    findings = []
    for row in rows:  # reading order
        if row.values is None:
            findings.append({"rule": "ambiguous_split", "severity": "warning", "path": row.path,
                             "message": "TODO", "actual": row.actual})
    # missing_value: cells null for another reason -- every row's label was found and every
    # null came from ambiguous_split, so there are none; checked here.
    nulled = set()
    for row in rows:
        if row.values is None:
            for f, _ in row.fields:
                nulled.add(row.path + "/" + f if row.keys else "/review_litigation/" + f)

    def nulls(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from nulls(v, path + "/" + k)
        elif node is None:
            yield path
    for section in ("active_disclosure", "applications", "review_litigation"):
        for p in nulls(doc[section], "/" + section):
            if p not in nulled:
                findings.append({"rule": "missing_value", "severity": "warning", "path": p, "message": "TODO"})
    keep = [f for f in source["findings"] if f["rule"] not in ("missing_value", "row_total", "balance",
                                                                  "outcome_total", "block_total")]
    if keep:
        raise SystemExit(f"{txt.name}: source findings the oracle does not model: {keep}")
    findings += arithmetic(doc)
    doc["findings"] = findings
    rules = {f["rule"] for f in findings}
    if any(f["severity"] == "error" for f in findings):
        doc["status"] = "inconsistent"
    elif rules & {"ambiguous_split", "missing_value", "missing_section"}:
        doc["status"] = "incomplete"
    else:
        doc["status"] = "ok"
    return doc


def dumps(doc):
    amounts = []

    def prep(node):
        if isinstance(node, Amount):
            amounts.append(node.text)
            return f"\u0000AMOUNT{len(amounts) - 1}\u0000"
        if isinstance(node, dict):
            return {k: prep(v) for k, v in node.items()}
        if isinstance(node, list):
            return [prep(v) for v in node]
        return node
    text = json.dumps(prep(doc), ensure_ascii=False, indent=2) + "\n"
    return re.sub(r'"\\u0000AMOUNT(\d+)\\u0000"', lambda m: amounts[int(m.group(1))], text)


# ---------------------------------------------------------------- NOTES.md

def fmt_tokens(tokens):
    return "[" + ", ".join(tokens) + "]" if tokens is not None else "null ×N"


def truth_of(source, row):
    if row.keys:
        node = get_path(source, row.path)
        return [node[f] for f, _ in row.fields]
    rl = source["review_litigation"]
    return [rl[b][f] for b in BLOCKS for f in BLOCK_FIELDS]


def same(token, kind, truth):
    if token is None or truth is None:
        return token is None and truth is None
    if kind == A:
        return float(token) == float(truth)
    return int(token) == truth


def notes_for(txt, template, rows, info, source, doc, tally, silent):
    out = [f"## {txt.name}", "",
           f"Source: ../html/{txt.name.split('-')[0]}.html (template {template}); status `{doc['status']}`, "
           f"{len(doc['findings'])} findings "
           f"({', '.join(f'{r} ×{n}' for r, n in count_rules(doc['findings']))}).", ""]
    if info:
        out.append(f"Cross-row step: A = {len(info['A'])} rows, product of |S_r| = {info['combinations']}"
                   f"{' (> 100,000: gave up)' if info.get('gave_up') else ''}, equations used: "
                   f"{', '.join(info['equations_used']) or 'none'}, solutions: {info['solutions']}.")
        out.append("")
    out += ["| row | run | N | \\|S_r\\| | case | result | true values |", "|---|---|---|---|---|---|---|"]
    for row in rows:
        truth = truth_of(source, row)
        if row.values is None:
            result = "null" + (f", actual {json.dumps(row.actual, ensure_ascii=False)}" if row.actual is not None else "")
            flags = []
        else:
            result = fmt_tokens(row.values)
            flags = [f for (f, k), t, v in zip(row.fields, row.values, truth) if not same(t, k, v)]
        tally[row.case] = tally.get(row.case, 0) + 1
        if flags:
            silent.append((txt.name, row.path, flags, row.values, truth))
            result = f"**{result} ≠ TRUTH ({', '.join(flags)})**"
        truth_text = "[" + ", ".join("∅" if v is None else str(v) for v in truth) + "]"
        out.append(f"| `{row.path}` | `{row.raw_run}` | {row.n} | {len(row.splits)} | {row.case} | {result} | {truth_text} |")
    out.append("")
    return out


def count_rules(findings):
    seen = {}
    for f in findings:
        seen[f["rule"]] = seen.get(f["rule"], 0) + 1
    return list(seen.items())


def main():
    texts = sorted(HERE.glob("*.txt"))
    if not texts:
        raise SystemExit("no .txt documents; run make.py first")
    tally, silent, body = {}, [], []
    max_product = 0
    for txt in texts:
        number = txt.name.split("-")[0]
        source = json.loads((HTML / f"{number}.expected.json").read_text("utf-8"))
        template, rows = read_runs(txt.read_text("utf-8"))
        info = resolve(template, rows)
        max_product = max(max_product, info.get("combinations", 0))
        doc = build(txt, source, template, rows)
        (HERE / f"{txt.name}.expected.json").write_text(dumps(doc), "utf-8")
        body += notes_for(txt, template, rows, info, source, doc, tally, silent)
    head = ["# Run-together text documents: oracle notes", "",
            "Written by oracle.py (do not edit by hand). Documents: make.py (see its docstring for the",
            "flavours). Columns: the row's JSON Pointer, its run exactly as in the document, the number of",
            "values N, |S_r| (splits that fit syntax and local rule), the resolution case, the result",
            "(tokens as printed) and the source's true values (∅ = blank cell in the source).", "",
            "Cases: `a` unique split; `b-literal` no split, N single digits taken literally; `b-null` no",
            "split, nulled with actual []; `c-resolved` ambiguous but the cross-row equations pick one split;",
            "`c-ambiguous` several splits survive in solutions (null); `c-no-solution` / `c-gave-up` (null,",
            "actual = S_r).", "",
            "Regenerate: `python3 make.py && python3 oracle.py` (both deterministic).", "",
            "## Choices the brief left open", "",
            "- Full-width digits (004: `23１４`, `３４00000３４`) are read as the ASCII digits (one character",
            "  each), as every other input format does; the runs below show them as printed.",
            "- Labels are found after pinyin annotations are dropped and traditional characters mapped",
            "  (002); runs never contain either.",
            "- Give-up test: the product of |S_r| over A is compared with 100,000 before trying anything.",
            f"  Largest product in these documents: {max_product}, so the reading does not matter here.",
            "- A line break inside table 四's run would count as a space (forced cut); in these documents",
            "  table 四's values always sit on one line.",
            "- Order of findings: ambiguous_split (reading order) first, then missing_value (none here),",
            "  then row_total, balance, outcome_total, block_total. Keys of a finding: rule, severity,",
            "  path, message, expected, actual. In actual, 本年增/减 values are integers (+2 -> 2) and",
            "  amounts keep their printed digits.",
            "- A blank source cell contributes nothing: 000's table 四 run has 14 digits for 15 cells and",
            "  002's state_secret run 6 for 7, so both get |S_r| = 0 and are nulled (case b) with",
            "  ambiguous_split actual []; the source's missing_value finding for that cell is replaced by",
            "  it.", "",
            "## Summary", "",
            "Rows per case over all documents: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())) + ".", "",
            "Coverage gap: no table 三 row of these four reports has more than one split under its row",
            "rule (every row is X 0 0 0 0 0 X with X not in 11, 22, … 99), so the cross-row step only ever",
            "sees table 二 and 四 rows, which no equation touches. Cases that never occur: "
            + (", ".join(f"`{c}`" for c in ALL_CASES if c not in tally) or "none") + ";",
            "000's outcome_total inconsistency never meets an ambiguous row. A report with multi-column",
            "table 三 values (for example",
            "../pdf/huaian-2024: its needs_creation row `110000011` also splits as 1|10|0|0|0|0|11 and",
            "is settled only by outcome_total) would exercise them.", ""]
    if silent:
        head.append("**SILENT ERRORS — a resolved (non-null) value differs from the source's true value:**")
        head.append("")
        for name, path, flags, values, truth in silent:
            head.append(f"- **{name} `{path}` fields {', '.join(flags)}: resolved {fmt_tokens(values)}, true {truth}**")
    else:
        head.append("No silent errors: every non-null resolved value equals the source's true value "
                    "(cells the oracle nulls are flagged by ambiguous_split, never guessed).")
    head.append("")
    (HERE / "NOTES.md").write_text("\n".join(head + body), "utf-8")


if __name__ == "__main__":
    main()
