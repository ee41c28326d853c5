package org.xxgk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a complete 2021-layout report as a tab-indented text dump (the style of seed 004),
 * every number 0 unless a test sets it, so each test states only what it is about. Public for the
 * command line's tests, which make batches of such reports.
 */
public final class TabReport {

    private static final String[] APPLICANTS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

    private final Map<String, List<String>> activeDisclosure = new LinkedHashMap<>();
    private final Map<String, List<String>> applications = new LinkedHashMap<>();
    private List<String> review = new ArrayList<>(java.util.Collections.nCopies(15, "0"));
    private String title = "某县人民政府2024年政府信息公开工作年度报告";
    private String overview = "本年度依法做好政府信息公开工作。";
    private String otherMatters = "无。";

    public TabReport() {
        activeDisclosure.put("规章", List.of("0", "0", "0"));
        activeDisclosure.put("行政规范性文件", List.of("0", "0", "0"));
        activeDisclosure.put("行政许可", List.of("0"));
        activeDisclosure.put("行政处罚", List.of("0"));
        activeDisclosure.put("行政强制", List.of("0"));
        activeDisclosure.put("行政事业性收费", List.of("0"));
        for (String label : List.of(
                "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果\t（一）予以公开", "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "\t（三）不予公开\t1.属于国家秘密", "\t\t2.其他法律行政法规禁止公开", "\t\t3.危及“三安全一稳定”",
                "\t\t4.保护第三方合法权益", "\t\t5.属于三类内部事务信息", "\t\t6.属于四类过程性信息",
                "\t\t7.属于行政执法案卷", "\t\t8.属于行政查询事项",
                "\t（四）无法提供\t1.本机关不掌握相关政府信息", "\t\t2.没有现成信息需要另行制作", "\t\t3.补正后申请内容仍不明确",
                "\t（五）不予处理\t1.信访举报投诉类申请", "\t\t2.重复申请", "\t\t3.要求提供公开出版物",
                "\t\t4.无正当理由大量反复申请", "\t\t5.要求行政机关确认或重新出具已获取信息",
                "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "\t\t3.其他",
                "\t（七）总计", "四、结转下年度继续办理")) {
            applications.put(label, zeros(7));
        }
    }

    private static List<String> zeros(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, "0"));
    }

    public TabReport title(String title) {
        this.title = title;
        return this;
    }

    public TabReport overview(String overview) {
        this.overview = overview;
        return this;
    }

    public TabReport otherMatters(String otherMatters) {
        this.otherMatters = otherMatters;
        return this;
    }

    public TabReport activeDisclosure(String label, String... values) {
        activeDisclosure.put(label, List.of(values));
        return this;
    }

    /** Sets the cells of the table 三 row whose last label ends with {@code labelEnd}. */
    public TabReport applications(String labelEnd, String... values) {
        String key = applications.keySet().stream().filter(k -> k.endsWith(labelEnd)).findFirst().orElseThrow();
        applications.put(key, List.of(values));
        return this;
    }

    /** Renames a table 三 row as a publisher might have printed it. */
    public TabReport relabel(String labelEnd, String printed) {
        Map<String, List<String>> renamed = new LinkedHashMap<>();
        applications.forEach((k, v) -> renamed.put(k.endsWith(labelEnd) ? k.substring(0, k.length() - labelEnd.length()) + printed : k, v));
        applications.clear();
        applications.putAll(renamed);
        return this;
    }

    public TabReport review(String... fifteen) {
        review = List.of(fifteen);
        return this;
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(title).append("\n\n一、总体情况\n").append(overview).append("\n\n二、主动公开政府信息情况\n\n");
        row(out, List.of("第二十条第（一）项"));
        row(out, List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        activeDisclosure.forEach((label, values) -> {
            if (label.equals("行政许可")) {
                row(out, List.of("第二十条第（五）项"));
                row(out, List.of("信息内容", "本年处理决定数量"));
            } else if (label.equals("行政处罚")) {
                row(out, List.of("第二十条第（六）项"));
                row(out, List.of("信息内容", "本年处理决定数量"));
            } else if (label.equals("行政事业性收费")) {
                row(out, List.of("第二十条第（八）项"));
                row(out, List.of("信息内容", "本年收费金额（单位：万元）"));
            }
            List<String> cells = new ArrayList<>(List.of(label));
            cells.addAll(values);
            row(out, cells);
        });
        out.append("\n三、收到和处理政府信息公开申请情况\n\n");
        row(out, List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
        row(out, List.of("", "自然人", "法人或其他组织", "总计"));
        row(out, List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        applications.forEach((labels, values) -> {
            List<String> cells = new ArrayList<>(List.of(labels.split("\t", -1)));
            cells.addAll(values);
            row(out, cells);
        });
        out.append("\n四、政府信息公开行政复议、行政诉讼情况\n\n");
        row(out, List.of("行政复议", "行政诉讼"));
        row(out, List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
        row(out, List.of("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        row(out, review);
        out.append("\n五、存在的主要问题及改进情况\n工作仍有不足。\n\n六、其他需要报告的事项\n").append(otherMatters).append("\n");
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (String cell : cells) {
            out.append('\t').append(cell).append('\n');
        }
        out.append('\n');
    }
}
