package org.xxgk.model.read;

/** 三、本年度办理结果. */
public final class Outcomes {

    private final Cells cells;

    Outcomes(Cells cells) {
        this.cells = cells;
    }

    /** （一）予以公开 (disclosed). */
    public ApplicantCounts disclosed() {
        return new ApplicantCounts(cells.child("disclosed"));
    }

    /** （二）部分公开 (partially_disclosed). */
    public ApplicantCounts partiallyDisclosed() {
        return new ApplicantCounts(cells.child("partially_disclosed"));
    }

    /** （三）不予公开 (withheld). */
    public Withheld withheld() {
        return new Withheld(cells.child("withheld"));
    }

    /** （四）无法提供 (unable_to_provide). */
    public UnableToProvide unableToProvide() {
        return new UnableToProvide(cells.child("unable_to_provide"));
    }

    /** （五）不予处理 (not_processed). */
    public NotProcessed notProcessed() {
        return new NotProcessed(cells.child("not_processed"));
    }

    /** （六）其他处理 (other_handling). */
    public OtherHandling otherHandling() {
        return new OtherHandling(cells.child("other_handling"));
    }

    /** （七）总计 (total). */
    public ApplicantCounts total() {
        return new ApplicantCounts(cells.child("total"));
    }
}
