package org.xxgk.model.read;

import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.model.Tables;

/** Section 三 (收到和处理政府信息公开申请情况). */
public final class Applications {

    private final Cells cells;

    Applications(Cells cells) {
        this.cells = cells;
    }

    /** Section 三 of {@code tables}. */
    public static Applications of(Tables tables) {
        return new Applications(new Cells(tables, Shown.applications(tables), "/" + ApplicationsLayout.SECTION));
    }

    /** Whether the document has this table (the canonical JSON has null for it otherwise). */
    public boolean isPresent() {
        return cells.any();
    }

    /** 一、本年新收政府信息公开申请数量 (new_received). */
    public ApplicantCounts newReceived() {
        return new ApplicantCounts(cells.child("new_received"));
    }

    /** 二、上年结转政府信息公开申请数量 (carried_over). */
    public ApplicantCounts carriedOver() {
        return new ApplicantCounts(cells.child("carried_over"));
    }

    /** 三、本年度办理结果 (outcomes). */
    public Outcomes outcomes() {
        return new Outcomes(cells.child("outcomes"));
    }

    /** 四、结转下年度继续办理 (carried_forward). */
    public ApplicantCounts carriedForward() {
        return new ApplicantCounts(cells.child("carried_forward"));
    }
}
