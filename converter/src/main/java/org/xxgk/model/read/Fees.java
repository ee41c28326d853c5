package org.xxgk.model.read;

import java.math.BigDecimal;

/** 行政事业性收费 in section 二. */
public final class Fees {

    private final Cells cells;

    Fees(Cells cells) {
        this.cells = cells;
    }

    /** 本年收费金额，单位万元（2021） (amount). */
    public BigDecimal amount() {
        return cells.amount("amount");
    }

    /** 上一年项目数量（2019） (items_last_year). */
    public Long itemsLastYear() {
        return cells.count("items_last_year");
    }

    /** 本年增/减（2019），可为负数 (items_change). */
    public Long itemsChange() {
        return cells.count("items_change");
    }
}
