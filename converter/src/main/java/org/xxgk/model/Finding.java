package org.xxgk.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One observation about the document: a broken rule of the form's arithmetic, a missing value,
 * an unrecognised label. {@code path} is a JSON Pointer into the canonical document; the
 * message is Chinese, for the people who publish and audit reports. {@code actual} is a number;
 * {@code candidates}, where several readings were possible (ambiguous_split), lists them instead.
 */
public record Finding(String rule, Severity severity, String path, String message,
                      BigDecimal expected, BigDecimal actual, List<List<BigDecimal>> candidates) {

    public Finding {
        candidates = candidates == null ? null : List.copyOf(candidates.stream().map(List::copyOf).toList());
    }

    public Finding(String rule, Severity severity, String path, String message, BigDecimal expected, BigDecimal actual) {
        this(rule, severity, path, message, expected, actual, null);
    }

    public static Finding warning(String rule, String path, String message) {
        return new Finding(rule, Severity.WARNING, path, message, null, null);
    }

    public static Finding error(String rule, String path, String message, BigDecimal expected, BigDecimal actual) {
        return new Finding(rule, Severity.ERROR, path, message, expected, actual);
    }
}
