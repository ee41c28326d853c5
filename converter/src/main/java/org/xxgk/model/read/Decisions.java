package org.xxgk.model.read;

/** A 行政许可, 行政处罚, 行政强制 or 其他对外管理服务事项 row of section 二. */
public final class Decisions {

    private final Cells cells;

    Decisions(Cells cells) {
        this.cells = cells;
    }

    /** 本年处理决定数量 (decisions). */
    public Long decisions() {
        return cells.count("decisions");
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
