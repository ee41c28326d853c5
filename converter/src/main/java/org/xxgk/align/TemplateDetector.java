package org.xxgk.align;

import java.util.List;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Slot;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.Template;
import org.xxgk.normalize.LabelKey;

/** Tells the 2021 layout from the 2019 one by the column headers of table 二. */
final class TemplateDetector {

    private static final List<String> KEYS_2021 = ActiveDisclosureLayout.HEADERS_2021.stream().map(LabelKey::of).toList();
    private static final List<String> KEYS_2019 = ActiveDisclosureLayout.HEADERS_2019.stream().map(LabelKey::of).toList();

    private TemplateDetector() {
    }

    /** The template table 二's headers name, or null when they name neither or both. */
    static Template byHeaders(List<Grid> activeDisclosure) {
        if (activeDisclosure == null) {
            return null;
        }
        boolean says2021 = false;
        boolean says2019 = false;
        for (List<Slot> row : activeDisclosure.stream().flatMap(g -> g.rows().stream()).toList()) {
            for (Slot slot : row) {
                String key = LabelKey.of(slot.cell().text());
                says2021 |= KEYS_2021.stream().anyMatch(key::contains);
                says2019 |= KEYS_2019.stream().anyMatch(key::contains);
            }
        }
        if (says2021 == says2019) {
            return null;
        }
        return says2021 ? Template.T2021 : Template.T2019;
    }

    /** The template a report year was published under: the 2021 form applies from the 2021 reports on. */
    static Template byYear(Integer year) {
        if (year == null) {
            return null;
        }
        return year >= 2021 ? Template.T2021 : Template.T2019;
    }
}
