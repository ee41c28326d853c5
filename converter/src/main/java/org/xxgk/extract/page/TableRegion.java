package org.xxgk.extract.page;

import org.xxgk.grid.Grid;

/** A table found on a page: its grid and the area it covers, so its text is not read twice. */
record TableRegion(Grid grid, double left, double top, double right, double bottom, org.xxgk.grid.Provenance page) {

    boolean contains(double x, double y) {
        return x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1;
    }
}
