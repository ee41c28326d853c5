package org.xxgk.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xxgk.cli.batch.Outcome;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;

/**
 * Checks across the reports of one batch ({@code year_continuity}, a warning): for each issuer
 * (names compared by {@link IssuerKey}) and each two consecutive years N and N+1 with one report
 * each, 结转下年度继续办理 of N against 上年结转 of N+1, column by column, and 现行有效件数 of N plus
 * 本年制发 of N+1 minus 本年废止 of N+1 against 现行有效件数 of N+1 (规章, 行政规范性文件). A year with
 * two reports of the same issuer is not compared: which of them continues is a guess.
 */
public final class YearContinuity {

    public static final String RULE = "year_continuity";

    /** What the check needs of a report: only these values are kept, so a large batch is not held whole. */
    private record Report(String issuer, int year, String file, Map<String, BigDecimal> values) {
    }

    private static final List<String> POINTERS = pointers();

    private static List<String> pointers() {
        List<String> pointers = new ArrayList<>();
        for (Field column : ApplicationsLayout.COLUMNS) {
            pointers.add("/applications/carried_over/" + column.key());
            pointers.add("/applications/carried_forward/" + column.key());
        }
        for (String row : List.of("regulations", "normative_documents")) {
            for (String field : List.of("issued", "repealed", "in_force")) {
                pointers.add("/" + ActiveDisclosureLayout.SECTION + "/" + row + "/" + field);
            }
        }
        return List.copyOf(pointers);
    }

    private YearContinuity() {
    }

    public static List<AuditFinding> check(List<Outcome> outcomes) {
        Map<String, Map<Integer, List<Report>>> byIssuer = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            if (outcome.status().equals("failed")) {
                continue;
            }
            JsonNode d = outcome.document();
            String issuer = d.at("/report/issuer").isTextual() ? d.at("/report/issuer").asText() : null;
            if (issuer == null || !d.at("/report/year").isInt()) {
                continue;
            }
            Map<String, BigDecimal> values = new java.util.HashMap<>();
            for (String pointer : POINTERS) {
                if (d.at(pointer).isNumber()) {
                    values.put(pointer, d.at(pointer).decimalValue());
                }
            }
            Report report = new Report(issuer, d.at("/report/year").asInt(), outcome.input().relative().toString().replace('\\', '/'),
                    values);
            byIssuer.computeIfAbsent(IssuerKey.of(issuer), k -> new TreeMap<>()).computeIfAbsent(report.year(), k -> new ArrayList<>()).add(report);
        }
        List<AuditFinding> findings = new ArrayList<>();
        for (Map<Integer, List<Report>> years : byIssuer.values()) {
            for (Map.Entry<Integer, List<Report>> year : years.entrySet()) {
                List<Report> next = years.get(year.getKey() + 1);
                if (year.getValue().size() == 1 && next != null && next.size() == 1) {
                    compare(year.getValue().get(0), next.get(0), findings);
                }
            }
        }
        return findings;
    }

    private static void compare(Report earlier, Report later, List<AuditFinding> findings) {
        for (Field column : ApplicationsLayout.COLUMNS) {
            BigDecimal forward = number(earlier, "/applications/carried_forward/" + column.key());
            BigDecimal over = number(later, "/applications/carried_over/" + column.key());
            if (forward != null && over != null && forward.compareTo(over) != 0) {
                findings.add(finding(earlier, later, "/applications/carried_over/" + column.key(),
                        earlier.year() + "年报告表三「四、结转下年度继续办理」「" + column.label() + "」列为" + forward.toPlainString()
                                + "，但" + later.year() + "年报告表三「二、上年结转政府信息公开申请数量」「" + column.label() + "」列为"
                                + over.toPlainString(),
                        forward, over));
            }
        }
        for (String row : List.of("regulations", "normative_documents")) {
            String base = "/" + ActiveDisclosureLayout.SECTION + "/" + row + "/";
            BigDecimal before = number(earlier, base + "in_force");
            BigDecimal issued = number(later, base + "issued");
            BigDecimal repealed = number(later, base + "repealed");
            BigDecimal now = number(later, base + "in_force");
            if (before == null || issued == null || repealed == null || now == null) {
                continue;
            }
            BigDecimal expected = before.add(issued).subtract(repealed);
            if (expected.compareTo(now) != 0) {
                String label = row.equals("regulations") ? "规章" : "行政规范性文件";
                findings.add(finding(earlier, later, base + "in_force",
                        "「" + label + "」：" + earlier.year() + "年报告现行有效" + before.toPlainString() + "件，" + later.year() + "年制发"
                                + issued.toPlainString() + "件、废止" + repealed.toPlainString() + "件，应现行有效" + expected.toPlainString()
                                + "件，但" + later.year() + "年报告为" + now.toPlainString() + "件",
                        expected, now));
            }
        }
    }

    private static AuditFinding finding(Report earlier, Report later, String path, String message, BigDecimal expected, BigDecimal actual) {
        return new AuditFinding(RULE, "warning", later.issuer(), List.of(earlier.year(), later.year()),
                List.of(earlier.file(), later.file()), path, message, expected, actual);
    }

    private static BigDecimal number(Report report, String pointer) {
        return report.values().get(pointer);
    }
}
