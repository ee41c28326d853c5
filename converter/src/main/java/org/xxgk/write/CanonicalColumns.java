package org.xxgk.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.Template;

/**
 * Every value of the canonical JSON as one flat column: its JSON Pointer and a stable Chinese
 * header naming its table, row and column. Both templates' columns are included (a report
 * leaves the other template's empty), and （六）其他处理 both as three rows and as one.
 */
public final class CanonicalColumns {

    /** One value column: where it is in the canonical JSON, and its header. */
    public record Column(String pointer, String section, String row, String column) {

        public String header() {
            return section + "·" + row + "·" + column;
        }
    }

    private static final List<Column> ALL = build();

    private CanonicalColumns() {
    }

    public static List<Column> all() {
        return ALL;
    }

    private static List<Column> build() {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Template template : List.of(Template.T2021, Template.T2019)) {
            for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
                for (Field field : row.fields()) {
                    String pointer = "/" + ActiveDisclosureLayout.SECTION + "/" + row.def().key() + "/" + field.key();
                    columns.putIfAbsent(pointer, new Column(pointer, "二、主动公开", row.def().label(), field.label()));
                }
            }
        }
        List<ApplicationsLayout.PathRow> rows = new ArrayList<>(ApplicationsLayout.valueRows(false));
        // The one-row form of （六）其他处理 goes right after its three sub-rows.
        int after = rows.indexOf(rows.stream().filter(r -> r.path().endsWith("/other_handling/other")).findFirst().orElseThrow());
        rows.add(after + 1, new ApplicationsLayout.PathRow("/" + ApplicationsLayout.SECTION + "/outcomes/other_handling",
                ApplicationsLayout.OTHER_HANDLING));
        for (ApplicationsLayout.PathRow row : rows) {
            for (Field column : ApplicationsLayout.COLUMNS) {
                String pointer = row.path() + "/" + column.key();
                columns.put(pointer, new Column(pointer, "三、依申请公开", ApplicationsLayout.rowName(row.path()), column.label()));
            }
        }
        for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
            for (Field field : ReviewLitigationLayout.FIELDS) {
                String pointer = "/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/" + field.key();
                columns.put(pointer, new Column(pointer, "四、复议诉讼", block.label(), field.label()));
            }
        }
        return List.copyOf(columns.values());
    }
}
