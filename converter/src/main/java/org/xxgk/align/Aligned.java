package org.xxgk.align;

import java.util.List;
import org.xxgk.model.Finding;
import org.xxgk.model.Narrative;
import org.xxgk.model.ReportInfo;
import org.xxgk.model.Tables;

/** What alignment made of a document, before validation. */
public record Aligned(ReportInfo info, Tables tables, Narrative narrative, List<Finding> findings) {

    public Aligned {
        findings = List.copyOf(findings);
    }
}
