package org.xxgk.validate;

import java.util.List;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.Template;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;

/** Every canonical cell of a table the document has, but for which no number was read. */
final class MissingValueRule implements Rule {

    private final Template template;

    MissingValueRule(Template template) {
        this.template = template;
    }

    @Override
    public void check(Tables tables, List<Finding> findings) {
        if (tables.has(ActiveDisclosureLayout.SECTION) && template != null) {
            for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
                for (Field field : row.fields()) {
                    String path = "/" + ActiveDisclosureLayout.SECTION + "/" + row.def().key() + "/" + field.key();
                    check(tables, path, "「" + row.def().label() + "」行「" + field.label() + "」", findings);
                }
            }
        }
        if (tables.has(ApplicationsLayout.SECTION)) {
            for (ApplicationsLayout.PathRow row : ApplicationsLayout.valueRows(tables.otherHandlingSingleRow())) {
                for (Field column : ApplicationsLayout.COLUMNS) {
                    check(tables, row.path() + "/" + column.key(),
                            "「" + ApplicationsLayout.rowName(row.path()) + "」行「" + column.label() + "」列", findings);
                }
            }
        }
        if (tables.has(ReviewLitigationLayout.SECTION)) {
            for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
                for (Field field : ReviewLitigationLayout.FIELDS) {
                    String path = "/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/" + field.key();
                    check(tables, path, "「" + block.label() + "」的「" + field.label() + "」", findings);
                }
            }
        }
    }

    private static void check(Tables tables, String path, String where, List<Finding> findings) {
        CellValue value = tables.value(path);
        if (value != null && (!value.isMissing() || value.unsettled() != null)) {
            return; // read, or left null by a reading that could not be settled, whose finding says why
        }
        String message;
        if (value == null || value.raw() == null) {
            message = where + "在表格中没有对应的单元格";
        } else if (value.raw().isEmpty()) {
            message = where + "为空" + place(value);
        } else {
            message = where + "的内容「" + value.raw() + "」无法识别为数值" + place(value);
        }
        findings.add(Finding.warning(Rules.MISSING_VALUE, path, message));
    }

    private static String place(CellValue value) {
        String at = value.at().describe();
        return at.isEmpty() ? "" : "（" + at + "）";
    }
}
