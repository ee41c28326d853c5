package org.xxgk.model.read;

/** （四）无法提供, by reason. */
public final class UnableToProvide {

    private final Cells cells;

    UnableToProvide(Cells cells) {
        this.cells = cells;
    }

    /** 1.本机关不掌握相关政府信息 (not_held). */
    public ApplicantCounts notHeld() {
        return new ApplicantCounts(cells.child("not_held"));
    }

    /** 2.没有现成信息需要另行制作 (needs_creation). */
    public ApplicantCounts needsCreation() {
        return new ApplicantCounts(cells.child("needs_creation"));
    }

    /** 3.补正后申请内容仍不明确 (unclear_after_correction). */
    public ApplicantCounts unclearAfterCorrection() {
        return new ApplicantCounts(cells.child("unclear_after_correction"));
    }
}
