package org.xxgk.model.read;

import java.math.BigDecimal;

/** 政府集中采购 in section 二 (2019 only). */
public final class Procurement {

    private final Cells cells;

    Procurement(Cells cells) {
        this.cells = cells;
    }

    /** 采购项目数量 (projects). */
    public Long projects() {
        return cells.count("projects");
    }

    /** 采购总金额 (total_amount). */
    public BigDecimal totalAmount() {
        return cells.amount("total_amount");
    }
}
