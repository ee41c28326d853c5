package org.xxgk.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xxgk.grid.Block;
import org.xxgk.layout.Section;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.model.Narrative;
import org.xxgk.normalize.Pinyin;
import org.xxgk.normalize.Tidy;

/**
 * The text of sections 一, 五 and 六: the paragraphs after each heading up to the next heading
 * or table, in the document's own script, pinyin removed, whitespace tidied.
 */
final class NarrativeExtractor {

    private NarrativeExtractor() {
    }

    static Narrative extract(List<Block> blocks, SignOff signOff) {
        Map<Section, List<String>> text = new EnumMap<>(Section.class);
        Section current = null;
        for (int i = 0; i < blocks.size() && i < signOff.firstBlock(); i++) {
            Block block = blocks.get(i);
            if (!(block instanceof Block.Paragraph p)) {
                current = null; // a table or picture ends the text of a section
                continue;
            }
            String paragraph = p.text();
            var heading = SectionHeadings.match(paragraph);
            if (heading.isPresent()) {
                current = heading.get();
                text.putIfAbsent(current, new ArrayList<>());
            } else if (SectionHeadings.isOtherTopLevel(paragraph)) {
                current = null; // a section of the publisher's own, not part of 一, 五 or 六
            } else if (current != null) {
                text.get(current).add(Pinyin.strip(paragraph));
            }
        }
        return new Narrative(
                tidy(text.get(Section.OVERVIEW)),
                tidy(text.get(Section.PROBLEMS)),
                tidy(text.get(Section.OTHER_MATTERS)));
    }

    private static String tidy(List<String> paragraphs) {
        return paragraphs == null ? null : Tidy.lines(paragraphs);
    }
}
