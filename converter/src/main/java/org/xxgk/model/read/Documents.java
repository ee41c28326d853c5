package org.xxgk.model.read;

/** 规章 or 规范性文件 in section 二: the 2021 columns, then the 2019 ones (the other template's read as null). */
public final class Documents {

    private final Cells cells;

    Documents(Cells cells) {
        this.cells = cells;
    }

    /** 本年制发件数（2021） (issued). */
    public Long issued() {
        return cells.count("issued");
    }

    /** 本年废止件数（2021） (repealed). */
    public Long repealed() {
        return cells.count("repealed");
    }

    /** 现行有效件数（2021） (in_force). */
    public Long inForce() {
        return cells.count("in_force");
    }

    /** 本年新制作数量（2019） (made). */
    public Long made() {
        return cells.count("made");
    }

    /** 本年新公开数量（2019） (published). */
    public Long published() {
        return cells.count("published");
    }

    /** 对外公开总数量（2019） (total_published). */
    public Long totalPublished() {
        return cells.count("total_published");
    }
}
