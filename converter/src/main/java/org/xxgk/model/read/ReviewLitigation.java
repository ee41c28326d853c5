package org.xxgk.model.read;

import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.model.Tables;

/** Section 四 (政府信息公开行政复议、行政诉讼情况). */
public final class ReviewLitigation {

    private final Cells cells;

    ReviewLitigation(Cells cells) {
        this.cells = cells;
    }

    /** Section 四 of {@code tables}. */
    public static ReviewLitigation of(Tables tables) {
        return new ReviewLitigation(new Cells(tables, Shown.reviewLitigation(tables), "/" + ReviewLitigationLayout.SECTION));
    }

    /** Whether the document has this table (the canonical JSON has null for it otherwise). */
    public boolean isPresent() {
        return cells.any();
    }

    /** 行政复议 (review). */
    public ReviewOutcomes review() {
        return new ReviewOutcomes(cells.child("review"));
    }

    /** 行政诉讼·未经复议直接起诉 (litigation_direct). */
    public ReviewOutcomes litigationDirect() {
        return new ReviewOutcomes(cells.child("litigation_direct"));
    }

    /** 行政诉讼·复议后起诉 (litigation_after_review). */
    public ReviewOutcomes litigationAfterReview() {
        return new ReviewOutcomes(cells.child("litigation_after_review"));
    }
}
