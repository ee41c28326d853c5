package org.xxgk.align;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xxgk.grid.Block;
import org.xxgk.layout.Section;
import org.xxgk.layout.SectionHeadings;

/**
 * Which pictures of a document OCR should read: only those standing where a table is missing.
 * A picture under the heading of a section whose table was not found is read; when such a
 * section's heading is nowhere in the text (a scan, where the headings are pictures too), every
 * picture not under the heading of a table already found is read.
 */
public final class PictureTargets {

    private PictureTargets() {
    }

    /** The pictures to read, in reading order: every picture when {@code all}, else as above. */
    public static List<Block.Image> select(List<Block> blocks, boolean all) {
        List<Block.Image> images = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Image image && image.picture() != null) {
                images.add(image);
            }
        }
        if (all || images.isEmpty()) {
            return images;
        }
        SectionLocator.Located located = SectionLocator.locate(blocks);
        Set<Section> missing = EnumSet.noneOf(Section.class);
        Section.TABLES.stream().filter(s -> !located.parts().containsKey(s)).forEach(missing::add);
        if (missing.isEmpty()) {
            return List.of();
        }
        Set<Section> headed = EnumSet.noneOf(Section.class);
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                SectionHeadings.match(p.text()).ifPresent(headed::add);
            }
        }
        boolean headingsUnseen = missing.stream().anyMatch(s -> !headed.contains(s));
        List<Block.Image> targets = new ArrayList<>();
        Section heading = null;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                heading = SectionHeadings.match(p.text()).orElse(heading);
            } else if (b instanceof Block.Image image && image.picture() != null) {
                boolean underMissing = heading != null && missing.contains(heading);
                boolean underFound = heading != null && Section.TABLES.contains(heading) && !missing.contains(heading);
                if (underMissing || (headingsUnseen && !underFound)) {
                    targets.add(image);
                }
            }
        }
        return targets;
    }
}
