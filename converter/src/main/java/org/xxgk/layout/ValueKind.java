package org.xxgk.layout;

/** What a column holds, which decides how its cells are read and written. */
public enum ValueKind {
    /** A non-negative whole count. */
    COUNT,
    /** A whole number that may be negative (本年增/减). */
    SIGNED_COUNT,
    /** A money amount in the column's unit (万元), kept exactly as printed. */
    AMOUNT
}
