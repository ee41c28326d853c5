package org.xxgk.model;

import org.xxgk.layout.Template;

/** Title, issuer and year as the document gives them, and the table layout it uses. */
public record ReportInfo(String title, String issuer, Integer year, Template template) {

    public static final ReportInfo NONE = new ReportInfo(null, null, null, null);

    public ReportInfo withTemplate(Template t) {
        return new ReportInfo(title, issuer, year, t);
    }
}
