package org.xxgk.model;

import java.util.Set;
import org.xxgk.layout.Arithmetic;

/** The names of the rules findings carry, in one place so producers and status agree. */
public final class Rules {

    public static final String ROW_TOTAL = Arithmetic.ROW_TOTAL;
    public static final String BALANCE = Arithmetic.BALANCE;
    public static final String OUTCOME_TOTAL = Arithmetic.OUTCOME_TOTAL;
    public static final String BLOCK_TOTAL = Arithmetic.BLOCK_TOTAL;
    public static final String MISSING_VALUE = "missing_value";
    public static final String MISSING_SECTION = "missing_section";
    public static final String UNKNOWN_LABEL = "unknown_label";
    public static final String FUZZY_LABEL = "fuzzy_label";
    public static final String DUPLICATE_ROW = "duplicate_row";
    public static final String TEMPLATE_MISMATCH = "template_mismatch";
    public static final String UNIT_CONVERTED = "unit_converted";
    public static final String UNSUPPORTED_FORMAT = "unsupported_format";
    public static final String UNREADABLE = "unreadable";
    public static final String AMBIGUOUS_SPLIT = "ambiguous_split";
    public static final String OCR_UNCERTAIN = "ocr_uncertain";
    public static final String DAMAGED_SOURCE = "damaged_source";
    public static final String NOT_A_REPORT = "not_a_report";
    public static final String NARRATIVE_MISMATCH = "narrative_mismatch";

    /** Findings that mean a table or value is missing, making the report incomplete. */
    public static final Set<String> INCOMPLETENESS = Set.of(MISSING_VALUE, MISSING_SECTION, AMBIGUOUS_SPLIT, OCR_UNCERTAIN,
            DAMAGED_SOURCE);

    /** Findings that mean the document could not be read at all. */
    public static final Set<String> FAILURE = Set.of(UNSUPPORTED_FORMAT, UNREADABLE, NOT_A_REPORT);

    private Rules() {
    }
}
