package org.xxgk.model;

import java.util.List;
import org.xxgk.model.read.ActiveDisclosure;
import org.xxgk.model.read.Applications;
import org.xxgk.model.read.ReviewLitigation;

/**
 * A converted report: everything the canonical JSON holds. The table values are in
 * {@link Tables#values()} by JSON Pointer, and typed through {@link #activeDisclosure()},
 * {@link #applications()} and {@link #reviewLitigation()}, e.g.
 * {@code report.applications().newReceived().naturalPerson()}.
 */
public record Report(SourceInfo source, ReportInfo info, Tables tables, Narrative narrative,
                     List<Finding> findings, Status status) {

    public Report {
        findings = List.copyOf(findings);
    }

    /** Section 二, typed; values read as null where the canonical JSON has none. */
    public ActiveDisclosure activeDisclosure() {
        return ActiveDisclosure.of(tables, info.template());
    }

    /** Section 三, typed; values read as null where the canonical JSON has none. */
    public Applications applications() {
        return Applications.of(tables);
    }

    /** Section 四, typed; values read as null where the canonical JSON has none. */
    public ReviewLitigation reviewLitigation() {
        return ReviewLitigation.of(tables);
    }

    /** A document that could not be read: no tables, no text, and the finding that says why. */
    public static Report failed(SourceInfo source, Finding why) {
        return new Report(source, ReportInfo.NONE, Tables.NONE, Narrative.NONE, List.of(why), Status.FAILED);
    }
}
