package org.xxgk.align;

import java.util.List;
import org.xxgk.model.Finding;
import org.xxgk.model.Narrative;
import org.xxgk.model.ReportInfo;
import org.xxgk.model.Tables;

/**
 * What alignment made of a document, before validation; {@code notAReport} when the document
 * holds none of the report's section headings, tables or pictures of tables.
 */
public record Aligned(ReportInfo info, Tables tables, Narrative narrative, List<Finding> findings, boolean notAReport) {

    public Aligned {
        findings = List.copyOf(findings);
    }

    static Aligned notAReport(ReportInfo info) {
        return new Aligned(info, Tables.NONE, Narrative.NONE, List.of(), true);
    }
}
