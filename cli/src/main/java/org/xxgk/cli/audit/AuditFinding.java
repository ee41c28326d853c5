package org.xxgk.cli.audit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A finding about several reports of one issuer: which reports (files, years), the path in the
 * later one's canonical JSON, a Chinese message, and the value expected from the earlier report
 * against the one the later report has.
 */
public record AuditFinding(String rule, String severity, String issuer, List<Integer> years, List<String> files, String path,
                           String message, BigDecimal expected, BigDecimal actual) {

    public AuditFinding {
        years = List.copyOf(years);
        files = List.copyOf(files);
    }
}
