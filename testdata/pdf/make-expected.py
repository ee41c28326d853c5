#!/usr/bin/env python3
"""Writes the expected JSON of the two real PDFs of ../shared/corpus/pdf (never copied here).

Every number below was typed from the page images (pdftoppm -r 110) and the arithmetic
checked by hand; title, issuer and year from page 1. The narrative paragraphs are the
document's text (checked character by character against poppler's pdftotext, page numbers
aside) with breaks where the printed paragraphs break; they are kept in narrative/*.txt.
"""
import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpus" / "pdf"
APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_organization",
              "legal_service_agency", "other_organization", "total"]


def row(*values):
    return dict(zip(APPLICANTS, values))


def block(*values):
    return dict(zip(["upheld", "corrected", "other", "pending", "total"], values))


def zeros():
    return row(0, 0, 0, 0, 0, 0, 0)


def narrative(name):
    parts = {}
    for key in ["overview", "problems_and_improvements", "other_matters"]:
        parts[key] = (HERE / "narrative" / f"{name}.{key}.txt").read_text("utf-8").rstrip("\n")
    return parts


def document(name, pages, report, active, applications, review, findings, status):
    pdf = CORPUS / f"{name}.pdf"
    return {
        "schema": "govinfo-annual-report/1",
        "source": {"file": pdf.name, "media_type": "application/pdf",
                   "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": pages},
        "report": report,
        "active_disclosure": active,
        "applications": applications,
        "review_litigation": review,
        "narrative": narrative(name),
        "findings": findings,
        "status": status,
    }


def active(regulations, normative, licensing, penalty, coercion, fees):
    return {
        "regulations": dict(zip(["issued", "repealed", "in_force"], regulations)),
        "normative_documents": dict(zip(["issued", "repealed", "in_force"], normative)),
        "licensing": {"decisions": licensing}, "penalty": {"decisions": penalty},
        "coercion": {"decisions": coercion}, "fees": {"amount": fees},
    }


# 淮安市人民政府 2024 (pages 3-5): every rule holds.
huaian = document("huaian-2024", 6,
    {"title": "淮安市人民政府2024年政府信息公开工作年度报告", "issuer": "淮安市人民政府", "year": 2024, "template": "2021"},
    active((1, 0, 11), (8, 26, 66), 447228, 3985758, 88283, 96171.6),
    {
        "new_received": row(3001, 53, 0, 0, 61, 4, 3119),
        "carried_over": row(34, 0, 0, 0, 0, 0, 34),
        "outcomes": {
            "disclosed": row(1288, 21, 0, 0, 50, 3, 1362),
            "partially_disclosed": row(447, 7, 0, 0, 0, 0, 454),
            "withheld": {
                "state_secret": row(2, 0, 0, 0, 0, 0, 2),
                "prohibited_by_law": row(30, 1, 0, 0, 0, 0, 31),
                "safety_stability": row(5, 0, 0, 0, 0, 0, 5),
                "third_party_rights": row(6, 0, 0, 0, 0, 0, 6),
                "internal_affairs": row(7, 1, 0, 0, 0, 0, 8),
                "process_information": row(12, 0, 0, 0, 0, 0, 12),
                "enforcement_files": row(9, 0, 0, 0, 0, 0, 9),
                "administrative_query": row(105, 0, 0, 0, 0, 0, 105),
            },
            "unable_to_provide": {
                "not_held": row(746, 12, 0, 0, 10, 1, 769),
                "needs_creation": row(11, 0, 0, 0, 0, 0, 11),
                "unclear_after_correction": row(1, 0, 0, 0, 0, 0, 1),
            },
            "not_processed": {
                "complaint_petition": row(56, 6, 0, 0, 0, 0, 62),
                "duplicate": row(25, 0, 0, 0, 0, 0, 25),
                "publication": zeros(),
                "excessive_repeated": zeros(),
                "confirmation": row(1, 0, 0, 0, 0, 0, 1),
            },
            "other_handling": {
                "correction_overdue": row(67, 3, 0, 0, 1, 0, 71),
                "fee_unpaid": row(6, 0, 0, 0, 0, 0, 6),
                "other": row(108, 2, 0, 0, 0, 0, 110),
            },
            "total": row(2932, 53, 0, 0, 61, 4, 3050),
        },
        "carried_forward": row(103, 0, 0, 0, 0, 0, 103),
    },
    {"review": block(72, 64, 178, 37, 351), "litigation_direct": block(13, 4, 8, 1, 26),
     "litigation_after_review": block(12, 1, 1, 6, 20)},
    [], "ok")

# 淮安市洪泽区人民政府 2023 (pages 2-4): the label typo 2.其他法律行政止公开, （六）其他处理 as one
# row, and table 四 printed 10 1 0 0 0 / 0 0 0 0 0 / 5 0 0 0 0, whose totals do not add up.
hongze = document("hongze-2023", 5,
    {"title": "洪泽区人民政府2023年政府信息公开工作年度报告", "issuer": "洪泽区人民政府", "year": 2023, "template": "2021"},
    active((0, 0, 0), (0, 5, 5), 550, 4119, 195, 7730.28),
    {
        "new_received": row(21, 0, 0, 0, 0, 0, 21),
        "carried_over": zeros(),
        "outcomes": {
            "disclosed": zeros(),
            "partially_disclosed": row(4, 0, 0, 0, 0, 0, 4),
            "withheld": {
                "state_secret": row(1, 0, 0, 0, 0, 0, 1),
                "prohibited_by_law": zeros(),
                "safety_stability": zeros(),
                "third_party_rights": zeros(),
                "internal_affairs": zeros(),
                "process_information": row(1, 0, 0, 0, 0, 0, 1),
                "enforcement_files": row(1, 0, 0, 0, 0, 0, 1),
                "administrative_query": zeros(),
            },
            "unable_to_provide": {
                "not_held": row(10, 0, 0, 0, 0, 0, 10),
                "needs_creation": row(3, 0, 0, 0, 0, 0, 3),
                "unclear_after_correction": zeros(),
            },
            "not_processed": {
                "complaint_petition": row(1, 0, 0, 0, 0, 0, 1),
                "duplicate": zeros(),
                "publication": zeros(),
                "excessive_repeated": zeros(),
                "confirmation": zeros(),
            },
            "other_handling": zeros(),
            "total": row(21, 0, 0, 0, 0, 0, 21),
        },
        "carried_forward": zeros(),
    },
    {"review": block(10, 1, 0, 0, 0), "litigation_direct": block(0, 0, 0, 0, 0),
     "litigation_after_review": block(5, 0, 0, 0, 0)},
    [
        {"rule": "fuzzy_label", "severity": "warning", "path": "/applications/outcomes/withheld/prohibited_by_law",
         "message": "行标签「2.其他法律行政止公开」与标准表格的「2.其他法律行政法规禁止公开」不完全一致，已按「2.其他法律行政法规禁止公开」处理（第3页）"},
        {"rule": "template_mismatch", "severity": "warning", "path": "/applications/outcomes/other_handling",
         "message": "表格为2021年版，但「（六）其他处理」只有一行（2019年版的写法），已按一行读取"},
        {"rule": "block_total", "severity": "error", "path": "/review_litigation/review/total",
         "message": "「行政复议」：结果维持、结果纠正、其他结果、尚未审结之和为11，但「总计」为0", "expected": 11, "actual": 0},
        {"rule": "block_total", "severity": "error", "path": "/review_litigation/litigation_after_review/total",
         "message": "「行政诉讼·复议后起诉」：结果维持、结果纠正、其他结果、尚未审结之和为5，但「总计」为0", "expected": 5, "actual": 0},
    ], "inconsistent")

for name, doc in [("huaian-2024", huaian), ("hongze-2023", hongze)]:
    (HERE / f"{name}.expected.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print("wrote", name)
