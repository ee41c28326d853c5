package org.xxgk.model.read;

import java.util.HashSet;
import java.util.Set;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.Template;
import org.xxgk.model.Tables;

/** The pointers of the value cells the canonical JSON of a report has, from the official layouts. */
final class Shown {

    private Shown() {
    }

    static Set<String> activeDisclosure(Tables tables, Template template) {
        Set<String> shown = new HashSet<>();
        if (tables.has(ActiveDisclosureLayout.SECTION) && template != null) {
            for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
                for (Field field : row.fields()) {
                    shown.add("/" + ActiveDisclosureLayout.SECTION + "/" + row.def().key() + "/" + field.key());
                }
            }
        }
        return shown;
    }

    static Set<String> applications(Tables tables) {
        Set<String> shown = new HashSet<>();
        if (tables.has(ApplicationsLayout.SECTION)) {
            for (ApplicationsLayout.PathRow row : ApplicationsLayout.valueRows(tables.otherHandlingSingleRow())) {
                for (Field column : ApplicationsLayout.COLUMNS) {
                    shown.add(row.path() + "/" + column.key());
                }
            }
        }
        return shown;
    }

    static Set<String> reviewLitigation(Tables tables) {
        Set<String> shown = new HashSet<>();
        if (tables.has(ReviewLitigationLayout.SECTION)) {
            for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
                for (Field field : ReviewLitigationLayout.FIELDS) {
                    shown.add("/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/" + field.key());
                }
            }
        }
        return shown;
    }
}
