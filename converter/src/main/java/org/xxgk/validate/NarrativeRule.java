package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.model.Finding;
import org.xxgk.model.Narrative;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.model.Tables;
import org.xxgk.validate.NarrativeClaims.Claim;
import org.xxgk.validate.NarrativeClaims.Stated;

/**
 * A number the narrative states about a table row that differs from the row's value
 * ({@code narrative_mismatch}, a warning: expected is the table's, actual the narrative's). When
 * the narrative states different numbers for the same row (one of them is likely about a
 * sub-unit or another period), none of them is compared.
 */
final class NarrativeRule {

    /** Where a statement's number stands in the tables: one cell, or the sum of several. */
    private record Target(String path, List<String> cells, String where) {
    }

    private static final Map<Stated, Target> TARGETS = new EnumMap<>(Stated.class);

    static {
        TARGETS.put(Stated.RECEIVED, cell("/applications/new_received/total", "表三「一、本年新收政府信息公开申请数量」行「总计」列"));
        TARGETS.put(Stated.CARRIED_OVER, cell("/applications/carried_over/total", "表三「二、上年结转政府信息公开申请数量」行「总计」列"));
        TARGETS.put(Stated.CONCLUDED, cell("/applications/outcomes/total/total", "表三「（七）总计」行「总计」列"));
        TARGETS.put(Stated.CARRIED_FORWARD, cell("/applications/carried_forward/total", "表三「四、结转下年度继续办理」行「总计」列"));
        TARGETS.put(Stated.REVIEWS, cell("/review_litigation/review/total", "表四「行政复议」的「总计」"));
        TARGETS.put(Stated.LAWSUITS, new Target("/review_litigation",
                List.of("/review_litigation/litigation_direct/total", "/review_litigation/litigation_after_review/total"),
                "表四「行政诉讼」（未经复议直接起诉与复议后起诉的「总计」之和）"));
        TARGETS.put(Stated.NORMATIVE_ISSUED, cell("/active_disclosure/normative_documents/issued", "表二「行政规范性文件」行「本年制发件数」"));
        TARGETS.put(Stated.NORMATIVE_REPEALED, cell("/active_disclosure/normative_documents/repealed", "表二「行政规范性文件」行「本年废止件数」"));
        TARGETS.put(Stated.NORMATIVE_IN_FORCE, cell("/active_disclosure/normative_documents/in_force", "表二「行政规范性文件」行「现行有效件数」"));
        TARGETS.put(Stated.REGULATIONS_ISSUED, cell("/active_disclosure/regulations/issued", "表二「规章」行「本年制发件数」"));
        TARGETS.put(Stated.REGULATIONS_REPEALED, cell("/active_disclosure/regulations/repealed", "表二「规章」行「本年废止件数」"));
    }

    private static Target cell(String path, String where) {
        return new Target(path, List.of(path), where);
    }

    private record Said(Claim claim, String section) {
    }

    private NarrativeRule() {
    }

    static void check(Narrative narrative, Tables tables, List<Finding> findings) {
        if (narrative == null) {
            return;
        }
        Map<Stated, List<Said>> said = new EnumMap<>(Stated.class);
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("总体情况", narrative.overview());
        sections.put("存在的主要问题及改进情况", narrative.problemsAndImprovements());
        sections.put("其他需要报告的事项", narrative.otherMatters());
        sections.forEach((section, text) -> {
            for (Claim claim : NarrativeClaims.read(text)) {
                said.computeIfAbsent(claim.target(), k -> new ArrayList<>()).add(new Said(claim, section));
            }
        });
        said.forEach((stated, statements) -> {
            BigDecimal value = statements.get(0).claim().value();
            if (statements.stream().anyMatch(s -> s.claim().value().compareTo(value) != 0)) {
                return; // the text gives this row two numbers: which one is about the table is a guess
            }
            Target target = TARGETS.get(stated);
            BigDecimal table = Cells.sum(tables, target.cells());
            if (table == null || table.compareTo(value) == 0) {
                return;
            }
            Said first = statements.get(0);
            findings.add(new Finding(Rules.NARRATIVE_MISMATCH, Severity.WARNING, target.path(),
                    "「" + first.section() + "」中写明“" + first.claim().words() + "”，但" + target.where() + "为"
                            + Cells.plain(table),
                    table, value));
        });
    }
}
