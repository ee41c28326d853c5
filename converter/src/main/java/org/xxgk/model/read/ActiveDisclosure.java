package org.xxgk.model.read;

import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.Template;
import org.xxgk.model.Tables;

/** Section 二 (主动公开政府信息情况), rows of both templates (a row the report's template lacks reads as null). */
public final class ActiveDisclosure {

    private final Cells cells;

    ActiveDisclosure(Cells cells) {
        this.cells = cells;
    }

    /** Section 二 of {@code tables}, laid out as {@code template} (null: no section 二). */
    public static ActiveDisclosure of(Tables tables, Template template) {
        return new ActiveDisclosure(new Cells(tables, Shown.activeDisclosure(tables, template), "/" + ActiveDisclosureLayout.SECTION));
    }

    /** Whether the document has this table (the canonical JSON has null for it otherwise). */
    public boolean isPresent() {
        return cells.any();
    }

    /** 规章 (regulations). */
    public Documents regulations() {
        return new Documents(cells.child("regulations"));
    }

    /** 行政规范性文件 (normative_documents). */
    public Documents normativeDocuments() {
        return new Documents(cells.child("normative_documents"));
    }

    /** 行政许可 (licensing). */
    public Decisions licensing() {
        return new Decisions(cells.child("licensing"));
    }

    /** 其他对外管理服务事项（2019） (other_services). */
    public Decisions otherServices() {
        return new Decisions(cells.child("other_services"));
    }

    /** 行政处罚 (penalty). */
    public Decisions penalty() {
        return new Decisions(cells.child("penalty"));
    }

    /** 行政强制 (coercion). */
    public Decisions coercion() {
        return new Decisions(cells.child("coercion"));
    }

    /** 行政事业性收费 (fees). */
    public Fees fees() {
        return new Fees(cells.child("fees"));
    }

    /** 政府集中采购（2019） (procurement). */
    public Procurement procurement() {
        return new Procurement(cells.child("procurement"));
    }
}
