package org.xxgk.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgk.grid.Block;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Slot;
import org.xxgk.layout.Section;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.normalize.LabelKey;

/**
 * Decides which of the tables 二, 三, 四 each table of the document is. A table's own words
 * decide first (so a table after a missing or misspelled heading still lands right); a table
 * with no telling words, such as the numbers-only rest of a table broken by a page, belongs to the
 * section whose heading it follows. The parts of one table are kept in reading order. A section
 * with no table at all may hold its table as running text whose cells ran together
 * ({@link RunTogetherText}).
 */
final class SectionLocator {

    private static final Map<Section, Set<String>> TELLING_WORDS = Map.of(
            Section.ACTIVE_DISCLOSURE, Set.of("信息内容", "规章", "行政规范性文件", "规范性文件", "行政许可", "行政处罚",
                    "行政强制", "行政事业性收费", "本年制发件数", "本年新制作数量", "政府集中采购"),
            Section.APPLICATIONS, Set.of("申请人情况", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量",
                    "本年度办理结果", "予以公开", "属于国家秘密", "无法提供", "不予处理", "其他处理", "结转下年度继续办理"),
            Section.REVIEW_LITIGATION, Set.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "尚未审结"));

    private SectionLocator() {
    }

    /**
     * The parts of each section's table, the pictures standing where a section's table should be,
     * and whether any of the report's section headings was seen.
     */
    record Located(Map<Section, List<Grid>> parts, Map<Section, Provenance> images, Provenance anyImage, boolean anyHeading) {
    }

    static Located locate(List<Block> blocks) {
        Map<Section, List<Grid>> found = new EnumMap<>(Section.class);
        boolean anyHeading = false;
        Map<Section, Provenance> images = new EnumMap<>(Section.class);
        Provenance anyImage = null;
        Section heading = null;
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                var matched = SectionHeadings.match(p.text());
                anyHeading |= matched.isPresent();
                heading = matched.orElse(heading);
            } else if (block instanceof Block.Image image) {
                anyImage = anyImage == null ? image.at() : anyImage;
                if (heading != null && Section.TABLES.contains(heading)) {
                    images.putIfAbsent(heading, image.at());
                }
            } else if (block instanceof Block.Table t) {
                Section section = byContent(t.grid());
                if (section == null && heading != null && Section.TABLES.contains(heading)) {
                    section = heading;
                }
                if (section != null) {
                    found.computeIfAbsent(section, k -> new ArrayList<>()).add(t.grid());
                }
            }
        }
        Set<Section> missing = EnumSet.noneOf(Section.class);
        Section.TABLES.stream().filter(s -> !found.containsKey(s)).forEach(missing::add);
        RunTogetherText.tables(blocks, missing).forEach((section, grid) -> found.put(section, List.of(grid)));
        return new Located(found, images, anyImage, anyHeading);
    }

    private static Section byContent(Grid grid) {
        Map<Section, Integer> score = new EnumMap<>(Section.class);
        for (List<Slot> row : grid.rows()) {
            for (Slot slot : row) {
                if (!slot.origin()) {
                    continue;
                }
                String key = LabelKey.of(slot.cell().text());
                TELLING_WORDS.forEach((section, words) -> {
                    if (words.contains(key)) {
                        score.merge(section, 1, Integer::sum);
                    }
                });
            }
        }
        return score.entrySet().stream()
                .max(Map.Entry.<Section, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
