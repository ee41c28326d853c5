package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;

/** In each block of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class BlockTotalRule implements Rule {

    @Override
    public void check(Tables tables, List<Finding> findings) {
        if (!tables.has(ReviewLitigationLayout.SECTION)) {
            return;
        }
        for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
            String p = "/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/";
            BigDecimal expected = Cells.sum(tables, List.of(p + "upheld", p + "corrected", p + "other", p + "pending"));
            BigDecimal actual = Cells.number(tables, p + "total");
            if (expected != null && actual != null && expected.compareTo(actual) != 0) {
                findings.add(Finding.error(Rules.BLOCK_TOTAL, p + "total",
                        "「" + block.label() + "」：结果维持、结果纠正、其他结果、尚未审结之和为" + Cells.plain(expected)
                                + "，但「总计」为" + Cells.plain(actual), expected, actual));
            }
        }
    }
}
