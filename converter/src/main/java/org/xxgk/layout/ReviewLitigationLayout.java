package org.xxgk.layout;

import java.util.List;

/** Section 四 (政府信息公开行政复议、行政诉讼情况): three blocks of five columns, in printed order. */
public final class ReviewLitigationLayout {

    public static final String SECTION = "review_litigation";

    /** One block of five columns and the header printed above it. */
    public record Block(String key, String label) {
    }

    public static final List<Block> BLOCKS = List.of(
            new Block("review", "行政复议"),
            new Block("litigation_direct", "行政诉讼·未经复议直接起诉"),
            new Block("litigation_after_review", "行政诉讼·复议后起诉"));

    public static final List<Field> FIELDS = List.of(
            Field.count("upheld", "结果维持"),
            Field.count("corrected", "结果纠正"),
            Field.count("other", "其他结果"),
            Field.count("pending", "尚未审结"),
            Field.count("total", "总计"));

    public static final List<String> HEADER_WORDS = List.of(
            "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private ReviewLitigationLayout() {
    }
}
