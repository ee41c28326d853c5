package org.xxgk.extract.page;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import technology.tabula.Page;
import technology.tabula.Ruling;

/**
 * Closes tables left open at a page break: when a table runs on to the next page, the printer
 * often draws no line under its last row (or above its first), so the vertical lines run past
 * the last horizontal one and that row has no closed cells. A horizontal line is added where the
 * vertical lines end.
 */
final class OpenEdges {

    /** Vertical lines reaching this far past the last horizontal line leave a row open. */
    private static final double OPEN = 6;

    private OpenEdges() {
    }

    static List<Ruling> closed(Page page) {
        List<Ruling> horizontal = page.getHorizontalRulings();
        List<Ruling> vertical = page.getVerticalRulings();
        List<Ruling> rulings = new ArrayList<>(horizontal);
        rulings.addAll(vertical);
        if (horizontal.isEmpty() || vertical.isEmpty()) {
            return rulings;
        }
        double lowestLine = horizontal.stream().mapToDouble(Ruling::getTop).max().orElseThrow();
        double highestLine = horizontal.stream().mapToDouble(Ruling::getTop).min().orElseThrow();
        double verticalBottom = vertical.stream().mapToDouble(Ruling::getBottom).max().orElseThrow();
        double verticalTop = vertical.stream().mapToDouble(Ruling::getTop).min().orElseThrow();
        double left = vertical.stream().mapToDouble(Ruling::getLeft).min().orElseThrow();
        double right = vertical.stream().mapToDouble(Ruling::getRight).max().orElseThrow();
        if (verticalBottom > lowestLine + OPEN) {
            rulings.add(new Ruling(new Point2D.Double(left, verticalBottom), new Point2D.Double(right, verticalBottom)));
        }
        if (verticalTop < highestLine - OPEN) {
            rulings.add(new Ruling(new Point2D.Double(left, verticalTop), new Point2D.Double(right, verticalTop)));
        }
        return rulings;
    }
}
