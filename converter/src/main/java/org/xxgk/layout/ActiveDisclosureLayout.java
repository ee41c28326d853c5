package org.xxgk.layout;

import java.util.List;

/** Section 二 (主动公开政府信息情况): its rows and their columns in both templates. */
public final class ActiveDisclosureLayout {

    public static final String SECTION = "active_disclosure";

    /** A row of section 二 with the columns that row has. */
    public record Row(RowDef def, List<Field> fields) {
    }

    private static final List<Field> DOCUMENTS_2021 = List.of(
            Field.count("issued", "本年制发件数"),
            Field.count("repealed", "本年废止件数"),
            Field.count("in_force", "现行有效件数"));
    private static final List<Field> DECISIONS_2021 = List.of(Field.count("decisions", "本年处理决定数量"));

    private static final List<Field> DOCUMENTS_2019 = List.of(
            Field.count("made", "本年新制作数量"),
            Field.count("published", "本年新公开数量"),
            Field.count("total_published", "对外公开总数量"));
    private static final List<Field> ITEMS_2019 = List.of(
            Field.count("items_last_year", "上一年项目数量"),
            new Field("items_change", "本年增/减", ValueKind.SIGNED_COUNT),
            Field.count("decisions", "处理决定数量"));

    private static final List<Row> ROWS_2021 = List.of(
            new Row(RowDef.row("regulations", "规章"), DOCUMENTS_2021),
            new Row(RowDef.row("normative_documents", "行政规范性文件", "规范性文件"), DOCUMENTS_2021),
            new Row(RowDef.row("licensing", "行政许可"), DECISIONS_2021),
            new Row(RowDef.row("penalty", "行政处罚"), DECISIONS_2021),
            new Row(RowDef.row("coercion", "行政强制"), DECISIONS_2021),
            new Row(RowDef.row("fees", "行政事业性收费"),
                    List.of(new Field("amount", "本年收费金额（单位：万元）", ValueKind.AMOUNT))));

    private static final List<Row> ROWS_2019 = List.of(
            new Row(RowDef.row("regulations", "规章"), DOCUMENTS_2019),
            new Row(RowDef.row("normative_documents", "规范性文件", "行政规范性文件"), DOCUMENTS_2019),
            new Row(RowDef.row("licensing", "行政许可"), ITEMS_2019),
            new Row(RowDef.row("other_services", "其他对外管理服务事项"), ITEMS_2019),
            new Row(RowDef.row("penalty", "行政处罚"), ITEMS_2019),
            new Row(RowDef.row("coercion", "行政强制"), ITEMS_2019),
            new Row(RowDef.row("fees", "行政事业性收费"), ITEMS_2019.subList(0, 2)),
            new Row(RowDef.row("procurement", "政府集中采购"), List.of(
                    Field.count("projects", "采购项目数量"),
                    new Field("total_amount", "采购总金额", ValueKind.AMOUNT))));

    /** Column headers only one template prints; they tell the templates apart. */
    public static final List<String> HEADERS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额");
    public static final List<String> HEADERS_2019 = List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额");

    private ActiveDisclosureLayout() {
    }

    public static List<Row> rows(Template template) {
        return template == Template.T2019 ? ROWS_2019 : ROWS_2021;
    }
}
