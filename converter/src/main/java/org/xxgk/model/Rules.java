package org.xxgk.model;

import java.util.Set;

/** The names of the rules findings carry, in one place so producers and status agree. */
public final class Rules {

    public static final String ROW_TOTAL = "row_total";
    public static final String BALANCE = "balance";
    public static final String OUTCOME_TOTAL = "outcome_total";
    public static final String BLOCK_TOTAL = "block_total";
    public static final String MISSING_VALUE = "missing_value";
    public static final String MISSING_SECTION = "missing_section";
    public static final String UNKNOWN_LABEL = "unknown_label";
    public static final String FUZZY_LABEL = "fuzzy_label";
    public static final String DUPLICATE_ROW = "duplicate_row";
    public static final String TEMPLATE_MISMATCH = "template_mismatch";
    public static final String UNIT_CONVERTED = "unit_converted";
    public static final String UNSUPPORTED_FORMAT = "unsupported_format";
    public static final String UNREADABLE = "unreadable";

    /** Findings that mean a table or value is missing, making the report incomplete. */
    public static final Set<String> INCOMPLETENESS = Set.of(MISSING_VALUE, MISSING_SECTION);

    /** Findings that mean the document could not be read at all. */
    public static final Set<String> FAILURE = Set.of(UNSUPPORTED_FORMAT, UNREADABLE);

    private Rules() {
    }
}
