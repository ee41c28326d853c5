package org.xxgk.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One equation the official form guarantees: the cell {@code target} equals the sum of the
 * {@code plus} cells minus the {@code minus} cells (all JSON Pointers). {@code rule} names it in
 * findings; {@code subject} is the row, column or block it is about, in the form's own words.
 */
public record Equation(String rule, String target, List<String> plus, List<String> minus, String subject) {

    public Equation {
        plus = List.copyOf(plus);
        minus = List.copyOf(minus);
    }

    /** Every cell the equation reads, the target first. */
    public List<String> cells() {
        List<String> cells = new ArrayList<>();
        cells.add(target);
        cells.addAll(plus);
        cells.addAll(minus);
        return cells;
    }
}
