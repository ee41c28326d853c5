package org.xxgk.validate;

import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.RowDef;

/** Printed names of canonical rows for messages, e.g. "（三）不予公开 / 1.属于国家秘密". */
final class Labels {

    private Labels() {
    }

    static String applicationsRow(String path) {
        String[] keys = path.substring(("/" + ApplicationsLayout.SECTION + "/").length()).split("/");
        StringBuilder name = new StringBuilder();
        RowDef def = ApplicationsLayout.ROOT;
        for (String key : keys) {
            def = def.children().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
            // The outcome group's own label is implied by its sub-rows.
            if (def == ApplicationsLayout.OUTCOMES && keys.length > 1) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(" / ");
            }
            name.append(def.label());
        }
        return name.toString();
    }
}
