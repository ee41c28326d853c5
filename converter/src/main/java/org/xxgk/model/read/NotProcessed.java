package org.xxgk.model.read;

/** （五）不予处理, by reason. */
public final class NotProcessed {

    private final Cells cells;

    NotProcessed(Cells cells) {
        this.cells = cells;
    }

    /** 1.信访举报投诉类申请 (complaint_petition). */
    public ApplicantCounts complaintPetition() {
        return new ApplicantCounts(cells.child("complaint_petition"));
    }

    /** 2.重复申请 (duplicate). */
    public ApplicantCounts duplicate() {
        return new ApplicantCounts(cells.child("duplicate"));
    }

    /** 3.要求提供公开出版物 (publication). */
    public ApplicantCounts publication() {
        return new ApplicantCounts(cells.child("publication"));
    }

    /** 4.无正当理由大量反复申请 (excessive_repeated). */
    public ApplicantCounts excessiveRepeated() {
        return new ApplicantCounts(cells.child("excessive_repeated"));
    }

    /** 5.要求行政机关确认或重新出具已获取信息 (confirmation). */
    public ApplicantCounts confirmation() {
        return new ApplicantCounts(cells.child("confirmation"));
    }
}
