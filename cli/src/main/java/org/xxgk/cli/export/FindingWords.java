package org.xxgk.cli.export;

import java.util.List;
import java.util.Map;
import org.xxgk.write.CanonicalColumns;

/**
 * Words for people where the JSON has codes: a status (正常, 不完整…), a severity, a rule, and a
 * finding's place (/applications/outcomes/total/total is 表三「（七）总计」行「总计」列).
 */
public final class FindingWords {

    private static final Map<String, String> STATUS = Map.of(
            "ok", "正常", "inconsistent", "数字不一致", "incomplete", "不完整", "failed", "失败");
    private static final Map<String, String> SEVERITY = Map.of("error", "错误", "warning", "提示");
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("row_total", "行合计不符"),
            Map.entry("balance", "勾稽关系不成立"),
            Map.entry("outcome_total", "办理结果合计不符"),
            Map.entry("block_total", "复议诉讼合计不符"),
            Map.entry("missing_value", "缺少数值"),
            Map.entry("missing_section", "缺少表格"),
            Map.entry("unknown_label", "无法识别的行"),
            Map.entry("fuzzy_label", "行名与官方写法不同"),
            Map.entry("duplicate_row", "重复的行"),
            Map.entry("template_mismatch", "表格版式不符"),
            Map.entry("unit_converted", "金额单位换算"),
            Map.entry("ambiguous_split", "数字连在一起"),
            Map.entry("ocr_uncertain", "文字识别存疑"),
            Map.entry("damaged_source", "文件受损"),
            Map.entry("not_a_report", "不是年度报告"),
            Map.entry("narrative_mismatch", "正文与表格不符"),
            Map.entry("unsupported_format", "不支持的文件类型"),
            Map.entry("unreadable", "无法读取"),
            Map.entry("year_continuity", "相邻年度不衔接"));
    private static final Map<String, String> TABLES = Map.of(
            "active_disclosure", "表二", "applications", "表三", "review_litigation", "表四");
    private static final Map<String, String> REPORT = Map.of(
            "/report/template", "表格版式", "/report/year", "年度", "/report/issuer", "发布机关", "/report/title", "标题");

    private FindingWords() {
    }

    public static String status(String status) {
        return STATUS.getOrDefault(status, status);
    }

    public static String severity(String severity) {
        return SEVERITY.getOrDefault(severity, severity);
    }

    public static String rule(String rule) {
        return RULES.getOrDefault(rule, rule);
    }

    /** A JSON Pointer of the canonical document in words: the table, row and column it names. */
    public static String place(String path) {
        if (path == null || path.isEmpty()) {
            return "整个文件";
        }
        if (REPORT.containsKey(path)) {
            return REPORT.get(path);
        }
        String[] keys = path.substring(1).split("/");
        String table = TABLES.get(keys[0]);
        if (table == null) {
            return path;
        }
        if (keys.length == 1) {
            return table;
        }
        // A row's own cells first (the one-row （六）其他处理 beside its three sub-rows), else all below.
        List<CanonicalColumns.Column> under = CanonicalColumns.all().stream()
                .filter(c -> c.pointer().equals(path) || c.pointer().substring(0, c.pointer().lastIndexOf('/')).equals(path)).toList();
        if (under.isEmpty()) {
            under = CanonicalColumns.all().stream().filter(c -> c.pointer().startsWith(path + "/")).toList();
        }
        if (under.isEmpty()) {
            return table;
        }
        CanonicalColumns.Column first = under.get(0);
        boolean oneRow = under.stream().allMatch(c -> c.row().equals(first.row()));
        if (!oneRow) {
            return table;
        }
        // Table 四's blocks are column groups, not rows: 表四「行政复议」「总计」列.
        String row = keys[0].equals("review_litigation") ? "「" + first.row() + "」" : "「" + first.row() + "」行";
        return under.size() == 1 && first.pointer().equals(path) ? table + row + "「" + first.column() + "」列" : table + row;
    }
}
