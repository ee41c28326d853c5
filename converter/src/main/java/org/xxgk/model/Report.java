package org.xxgk.model;

import java.util.List;

/** A converted report: everything the canonical JSON holds. */
public record Report(SourceInfo source, ReportInfo info, Tables tables, Narrative narrative,
                     List<Finding> findings, Status status) {

    public Report {
        findings = List.copyOf(findings);
    }

    /** A document that could not be read: no tables, no text, and the finding that says why. */
    public static Report failed(SourceInfo source, Finding why) {
        return new Report(source, ReportInfo.NONE, Tables.NONE, Narrative.NONE, List.of(why), Status.FAILED);
    }
}
