package org.xxgk.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Column or row boundaries rebuilt from the edges of cells: edges closer than a tolerance are one
 * boundary (publishers' cells rarely line up exactly), and a cell edge belongs to the nearest one.
 */
public record Boundaries(List<Double> positions) {

    public static Boundaries of(Collection<Double> edges, double tolerance) {
        List<Double> merged = new ArrayList<>();
        for (double edge : new TreeSet<>(edges)) {
            if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > tolerance) {
                merged.add(edge);
            }
        }
        return new Boundaries(List.copyOf(merged));
    }

    /** The index of the boundary nearest to an edge. */
    public int nearest(double edge) {
        int best = 0;
        for (int i = 1; i < positions.size(); i++) {
            if (Math.abs(positions.get(i) - edge) < Math.abs(positions.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    public int size() {
        return positions.size();
    }
}
