#!/usr/bin/env python3
"""Writes crossrow-huaian-2024.txt: the three tables of 淮安市 2024 (values from our hand-typed
../pdf/huaian-2024.expected.json) as scraped text whose cells ran together, one table row per
line. Some of its table 三 rows split more than one way on their own (110000011 is 11|0|0|0|0|0|11
or 1|10|0|0|0|0|11), so only the outcome totals across rows settle them: the case the other
documents here do not reach. Deterministic; no randomness.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
truth = json.loads((HERE.parent / "pdf" / "huaian-2024.expected.json").read_text("utf-8"))

COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_organization",
           "legal_service_agency", "other_organization", "total"]
ROWS = [
    ("一、本年新收政府信息公开申请数量", ["new_received"]),
    ("二、上年结转政府信息公开申请数量", ["carried_over"]),
    ("三、本年度办理结果（一）予以公开", ["outcomes", "disclosed"]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ["outcomes", "partially_disclosed"]),
    ("（三）不予公开1.属于国家秘密", ["outcomes", "withheld", "state_secret"]),
    ("2.其他法律行政法规禁止公开", ["outcomes", "withheld", "prohibited_by_law"]),
    ("3.危及“三安全一稳定”", ["outcomes", "withheld", "safety_stability"]),
    ("4.保护第三方合法权益", ["outcomes", "withheld", "third_party_rights"]),
    ("5.属于三类内部事务信息", ["outcomes", "withheld", "internal_affairs"]),
    ("6.属于四类过程性信息", ["outcomes", "withheld", "process_information"]),
    ("7.属于行政执法案卷", ["outcomes", "withheld", "enforcement_files"]),
    ("8.属于行政查询事项", ["outcomes", "withheld", "administrative_query"]),
    ("（四）无法提供1.本机关不掌握相关政府信息", ["outcomes", "unable_to_provide", "not_held"]),
    ("2.没有现成信息需要另行制作", ["outcomes", "unable_to_provide", "needs_creation"]),
    ("3.补正后申请内容仍不明确", ["outcomes", "unable_to_provide", "unclear_after_correction"]),
    ("（五）不予处理1.信访举报投诉类申请", ["outcomes", "not_processed", "complaint_petition"]),
    ("2.重复申请", ["outcomes", "not_processed", "duplicate"]),
    ("3.要求提供公开出版物", ["outcomes", "not_processed", "publication"]),
    ("4.无正当理由大量反复申请", ["outcomes", "not_processed", "excessive_repeated"]),
    ("5.要求行政机关确认或重新出具已获取信息", ["outcomes", "not_processed", "confirmation"]),
    ("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["outcomes", "other_handling", "correction_overdue"]),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["outcomes", "other_handling", "fee_unpaid"]),
    ("3.其他", ["outcomes", "other_handling", "other"]),
    ("（七）总计", ["outcomes", "total"]),
    ("四、结转下年度继续办理", ["carried_forward"]),
]


def at(path):
    node = truth["applications"]
    for key in path:
        node = node[key]
    return node


def digits(values):
    return "".join("" if v is None else str(v) for v in values)


a = truth["active_disclosure"]
lines = [
    "淮安市人民政府2024年政府信息公开工作年度报告",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容本年制发件数本年废止件数现行有效件数",
    "规章" + digits(a["regulations"].values()),
    "行政规范性文件" + digits(a["normative_documents"].values()),
    "第二十条第（五）项",
    "信息内容本年处理决定数量",
    "行政许可" + digits(a["licensing"].values()),
    "第二十条第（六）项",
    "信息内容本年处理决定数量",
    "行政处罚" + digits(a["penalty"].values()),
    "行政强制" + digits(a["coercion"].values()),
    "第二十条第（八）项",
    "信息内容本年收费金额（单位：万元）",
    "行政事业性收费" + digits(a["fees"].values()),
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他",
]
for label, path in ROWS:
    row = at(path)
    lines.append(label + digits(row[c] for c in COLUMNS))
r = truth["review_litigation"]
lines += [
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议行政诉讼",
    "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉",
    "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计",
    digits(v for block in r.values() for v in block.values()),
]
(HERE / "crossrow-huaian-2024.txt").write_text("\n".join(lines) + "\n", "utf-8")
