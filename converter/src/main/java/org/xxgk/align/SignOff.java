package org.xxgk.align;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.grid.Block;
import org.xxgk.normalize.Pinyin;
import org.xxgk.normalize.Tidy;
import org.xxgk.normalize.Width;

/**
 * The closing lines of a report: the issuing body's name and the date it was signed
 * (金碧镇人民政府 / 2021年1月18日). They are not narrative, and they tell the issuer and year.
 */
record SignOff(String issuer, Integer signedYear, int firstBlock) {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern BODY = Pattern.compile(
            "[^，。,.;；:：!！?？、]{2,30}(政府|办公室|办公厅|局|委员会|委|院|厅|处|部|署|办|镇|乡|所|站|中心|街道|馆|队|社|公司|集团|会)");

    static final SignOff NONE = new SignOff(null, null, Integer.MAX_VALUE);

    static SignOff find(List<Block> blocks) {
        int last = blocks.size() - 1;
        if (last < 0 || !(blocks.get(last) instanceof Block.Paragraph dateLine)) {
            return NONE;
        }
        Matcher date = DATE.matcher(Width.fold(dateLine.text()));
        if (!date.matches()) {
            return NONE;
        }
        Integer year = Integer.valueOf(date.group(1));
        if (last >= 1 && blocks.get(last - 1) instanceof Block.Paragraph name) {
            String text = Tidy.trim(Pinyin.strip(name.text()));
            if (BODY.matcher(text).matches()) {
                return new SignOff(text, year, last - 1);
            }
        }
        return new SignOff(null, year, last);
    }
}
