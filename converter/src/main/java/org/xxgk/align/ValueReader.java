package org.xxgk.align;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.Field;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.normalize.CellNumber;

/** Reads a cell as the value its column holds; what does not fit stays null, with its raw text. */
final class ValueReader {

    private ValueReader() {
    }

    static CellValue read(Cell cell, Field field, String path, String rowLabel, List<Finding> findings) {
        if (cell == null) {
            return new CellValue(null, null, Provenance.UNKNOWN);
        }
        String raw = cell.text().strip();
        CellNumber.Parsed parsed = CellNumber.parse(raw);
        if (parsed == null) {
            return value(null, raw, cell);
        }
        BigDecimal value = parsed.value();
        switch (field.kind()) {
            case COUNT, SIGNED_COUNT -> {
                boolean money = parsed.unit() == CellNumber.Unit.YUAN || parsed.unit() == CellNumber.Unit.YI_YUAN
                        || parsed.unit() == CellNumber.Unit.WAN_YUAN;
                if (money || !isWhole(value) || (field.kind() == org.xxgk.layout.ValueKind.COUNT && value.signum() < 0)) {
                    return value(null, raw, cell);
                }
                return value(value.setScale(0), raw, cell);
            }
            default -> {
                if (value.signum() < 0) {
                    return value(null, raw, cell);
                }
                BigDecimal inWan = parsed.unit().toWan(value);
                if (parsed.unit() == CellNumber.Unit.YUAN || parsed.unit() == CellNumber.Unit.YI_YUAN) {
                    findings.add(Finding.warning(Rules.UNIT_CONVERTED, path,
                            "「" + rowLabel + "」「" + field.label() + "」填写为「" + raw + "」，已换算为"
                                    + inWan.toPlainString() + "万元" + where(cell.at())));
                }
                return value(inWan, raw, cell);
            }
        }
    }

    private static CellValue value(BigDecimal number, String raw, Cell cell) {
        return new CellValue(number, raw, cell.at(), cell.reading(), null);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    static String where(Provenance at) {
        String place = at.describe();
        return place.isEmpty() ? "" : "（" + place + "）";
    }
}
