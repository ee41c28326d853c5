package org.xxgk.layout;

import static org.xxgk.layout.RowDef.group;
import static org.xxgk.layout.RowDef.row;

import java.util.ArrayList;
import java.util.List;

/** Section 三 (收到和处理政府信息公开申请情况): the applicant columns and the row tree. */
public final class ApplicationsLayout {

    public static final String SECTION = "applications";

    public static final List<Field> COLUMNS = List.of(
            Field.count("natural_person", "自然人"),
            Field.count("commercial_enterprise", "商业企业"),
            Field.count("research_institution", "科研机构"),
            Field.count("social_welfare_organization", "社会公益组织"),
            Field.count("legal_service_agency", "法律服务机构"),
            Field.count("other_organization", "其他"),
            Field.count("total", "总计"));

    public static final RowDef OTHER_HANDLING = group("other_handling", "（六）其他处理", List.of(),
            row("correction_overdue", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "申请人无正当理由逾期不补正"),
            row("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "申请人逾期未按收费通知要求缴纳费用"),
            row("other", "3.其他"));

    public static final RowDef OUTCOMES = group("outcomes", "三、本年度办理结果", List.of(),
            row("disclosed", "（一）予以公开"),
            row("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
            group("withheld", "（三）不予公开", List.of(),
                    row("state_secret", "1.属于国家秘密"),
                    row("prohibited_by_law", "2.其他法律行政法规禁止公开"),
                    row("safety_stability", "3.危及“三安全一稳定”"),
                    row("third_party_rights", "4.保护第三方合法权益"),
                    row("internal_affairs", "5.属于三类内部事务信息"),
                    row("process_information", "6.属于四类过程性信息"),
                    row("enforcement_files", "7.属于行政执法案卷"),
                    row("administrative_query", "8.属于行政查询事项")),
            group("unable_to_provide", "（四）无法提供", List.of(),
                    row("not_held", "1.本机关不掌握相关政府信息"),
                    row("needs_creation", "2.没有现成信息需要另行制作"),
                    row("unclear_after_correction", "3.补正后申请内容仍不明确")),
            group("not_processed", "（五）不予处理", List.of(),
                    row("complaint_petition", "1.信访举报投诉类申请"),
                    row("duplicate", "2.重复申请"),
                    row("publication", "3.要求提供公开出版物"),
                    row("excessive_repeated", "4.无正当理由大量反复申请"),
                    row("confirmation", "5.要求行政机关确认或重新出具已获取信息")),
            OTHER_HANDLING,
            row("total", "（七）总计"));

    public static final RowDef ROOT = group(SECTION, "三、收到和处理政府信息公开申请情况", List.of(),
            row("new_received", "一、本年新收政府信息公开申请数量"),
            row("carried_over", "二、上年结转政府信息公开申请数量"),
            OUTCOMES,
            row("carried_forward", "四、结转下年度继续办理"));

    /** Header words of section 三; a row made only of these is a (possibly repeated) header row. */
    public static final List<String> HEADER_WORDS = List.of(
            "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
            "本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和");

    private ApplicationsLayout() {
    }

    /**
     * Every row that holds values, with its JSON pointer, in canonical order. other_handling is
     * one row or a group of three, as the document has it.
     */
    public static List<PathRow> valueRows(boolean otherHandlingSingleRow) {
        List<PathRow> out = new ArrayList<>();
        collect(ROOT, "/" + SECTION, otherHandlingSingleRow, out);
        return out;
    }

    /** The outcome rows whose sum is outcomes.total. */
    public static List<PathRow> outcomeLeaves(boolean otherHandlingSingleRow) {
        List<PathRow> out = new ArrayList<>();
        for (RowDef child : OUTCOMES.children()) {
            if (!child.key().equals("total")) {
                collect(child, "/" + SECTION + "/outcomes/" + child.key(), otherHandlingSingleRow, out);
            }
        }
        return out;
    }

    private static void collect(RowDef def, String path, boolean otherHandlingSingleRow, List<PathRow> out) {
        boolean leaf = !def.isGroup() || (def == OTHER_HANDLING && otherHandlingSingleRow);
        if (leaf) {
            out.add(new PathRow(path, def));
            return;
        }
        for (RowDef child : def.children()) {
            collect(child, path + "/" + child.key(), otherHandlingSingleRow, out);
        }
    }

    /** The printed name of a row, e.g. "（三）不予公开 / 1.属于国家秘密", from its JSON pointer. */
    public static String rowName(String path) {
        String[] keys = path.substring(("/" + SECTION + "/").length()).split("/");
        StringBuilder name = new StringBuilder();
        RowDef def = ROOT;
        for (String key : keys) {
            def = def.children().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
            // The outcome group's own label is implied by its sub-rows.
            if (def == OUTCOMES && keys.length > 1) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(" / ");
            }
            name.append(def.label());
        }
        return name.toString();
    }

    /** A value row and its JSON pointer. */
    public record PathRow(String path, RowDef def) {
    }
}
