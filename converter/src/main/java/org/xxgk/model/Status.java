package org.xxgk.model;

import java.util.List;
import java.util.Locale;

/** The verdict on a converted report; where several apply, the first in this order wins. */
public enum Status {
    FAILED, INCONSISTENT, INCOMPLETE, OK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> Rules.FAILURE.contains(f.rule()))) {
            return FAILED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return INCONSISTENT;
        }
        if (findings.stream().anyMatch(f -> Rules.INCOMPLETENESS.contains(f.rule()))) {
            return INCOMPLETE;
        }
        return OK;
    }
}
