package org.xxgk.model.read;

/** One block of section 四: cases by result. */
public final class ReviewOutcomes {

    private final Cells cells;

    ReviewOutcomes(Cells cells) {
        this.cells = cells;
    }

    /** 结果维持 (upheld). */
    public Long upheld() {
        return cells.count("upheld");
    }

    /** 结果纠正 (corrected). */
    public Long corrected() {
        return cells.count("corrected");
    }

    /** 其他结果 (other). */
    public Long other() {
        return cells.count("other");
    }

    /** 尚未审结 (pending). */
    public Long pending() {
        return cells.count("pending");
    }

    /** 总计 (total). */
    public Long total() {
        return cells.count("total");
    }
}
