package org.xxgk.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.Section;
import org.xxgk.layout.Template;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.model.Narrative;
import org.xxgk.model.ReportInfo;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;
import org.xxgk.resolve.Choice;
import org.xxgk.resolve.OcrCheck;
import org.xxgk.resolve.Solver;

/**
 * Maps an extracted document onto the official layout: finds tables 二, 三 and 四, tells the
 * template, places every value by row label and column position, and reads title, issuer, year
 * and narrative. It knows nothing of the format the document came in.
 */
public final class Aligner {

    public Aligned align(ExtractedDocument document) {
        return align(document, null);
    }

    /**
     * Aligns the document; {@code picturesUnread} says why pictures standing for tables were not
     * read by OCR (Chinese, for the findings), null when they were read or there were none.
     */
    public Aligned align(ExtractedDocument document, String picturesUnread) {
        List<Finding> missing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, CellValue> values = new LinkedHashMap<>();
        Set<String> present = new LinkedHashSet<>();

        SignOff signOff = SignOff.find(document.blocks());
        ReportInfo info = ReportInfoExtractor.extract(document.blocks(), signOff);
        Narrative narrative = NarrativeExtractor.extract(document.blocks(), signOff);
        SectionLocator.Located located = SectionLocator.locate(document.blocks());
        Map<Section, List<Grid>> parts = located.parts();
        if (parts.isEmpty() && !located.anyHeading() && located.anyImage() == null) {
            return Aligned.notAReport(info);
        }
        Template byHeaders = TemplateDetector.byHeaders(parts.get(Section.ACTIVE_DISCLOSURE));
        Template byYear = TemplateDetector.byYear(info.year());

        // Table 三 is read first, since its （六）其他处理 rows help tell the template; its findings
        // are kept aside so that all findings come table by table, in reading order.
        ApplicationsAligner.Result applications = null;
        List<Finding> applicationsFindings = new ArrayList<>();
        List<Choice> applicationsChoices = new ArrayList<>();
        if (parts.containsKey(Section.APPLICATIONS)) {
            boolean singleByDefault = (byHeaders != null ? byHeaders : byYear) == Template.T2019;
            applications = ApplicationsAligner.align(parts.get(Section.APPLICATIONS), singleByDefault, values,
                    applicationsFindings, applicationsChoices);
            present.add(ApplicationsLayout.SECTION);
        }
        Template template = chooseTemplate(byHeaders, applications, info.year(), parts.isEmpty());

        List<Choice> choices = new ArrayList<>();
        if (parts.containsKey(Section.ACTIVE_DISCLOSURE)) {
            ActiveDisclosureAligner.align(parts.get(Section.ACTIVE_DISCLOSURE), template, values, findings, choices);
            present.add(ActiveDisclosureLayout.SECTION);
        }
        findings.addAll(applicationsFindings);
        choices.addAll(applicationsChoices);
        noteMismatch(template, byHeaders, applications, info.year(), findings);
        if (parts.containsKey(Section.REVIEW_LITIGATION)) {
            ReviewLitigationAligner.align(parts.get(Section.REVIEW_LITIGATION), values, findings, choices);
            present.add(ReviewLitigationLayout.SECTION);
        }
        for (Section section : Section.TABLES) {
            if (!parts.containsKey(section)) {
                missing.add(Finding.warning(Rules.MISSING_SECTION, "/" + sectionKey(section), missingMessage(section, located, picturesUnread)));
            }
        }
        boolean singleRow = applications != null
                ? !applications.hasSubRows() && (applications.hasSingleRow() || template == Template.T2019)
                : template == Template.T2019;
        findings.addAll(Solver.resolve(values, choices, singleRow));
        findings.addAll(OcrCheck.check(values, singleRow));
        missing.addAll(findings);
        return new Aligned(info.withTemplate(template), new Tables(present, singleRow, values), narrative, missing, false);
    }

    private static Template chooseTemplate(Template byHeaders, ApplicationsAligner.Result applications,
                                           Integer year, boolean noTables) {
        if (noTables) {
            return null;
        }
        if (byHeaders != null) {
            return byHeaders;
        }
        if (applications != null && applications.hasSubRows()) {
            return Template.T2021;
        }
        Template byYear = TemplateDetector.byYear(year);
        if (byYear != null) {
            return byYear;
        }
        return applications != null && applications.hasSingleRow() ? Template.T2019 : Template.T2021;
    }

    private static void noteMismatch(Template template, Template byHeaders, ApplicationsAligner.Result applications,
                                      Integer year, List<Finding> findings) {
        if (template == null) {
            return;
        }
        if (byHeaders == Template.T2021 && applications != null && applications.hasSingleRow() && !applications.hasSubRows()) {
            findings.add(Finding.warning(Rules.TEMPLATE_MISMATCH, "/applications/outcomes/other_handling",
                    "表格为2021年版，但「（六）其他处理」只有一行（2019年版的写法），已按一行读取"));
        }
        if (byHeaders == Template.T2019 && applications != null && applications.hasSubRows()) {
            findings.add(Finding.warning(Rules.TEMPLATE_MISMATCH, "/applications/outcomes/other_handling",
                    "表格为2019年版，但「（六）其他处理」分为三个子项（2021年版的写法）"));
        }
        Template byYear = TemplateDetector.byYear(year);
        if (byHeaders != null && byYear != null && byHeaders != byYear) {
            findings.add(Finding.warning(Rules.TEMPLATE_MISMATCH, "/report/template",
                    year + "年度报告应使用" + byYear.id() + "年版表格，但第二部分表格为" + byHeaders.id() + "年版"));
        }
    }

    private static String missingMessage(Section section, SectionLocator.Located located, String picturesUnread) {
        String name = "第" + section.numeral() + "部分「" + section.heading() + "」";
        String why = picturesUnread != null ? picturesUnread : "未能识别图片中的表格";
        Provenance image = located.images().get(section);
        if (image != null) {
            return name + "的表格是图片" + where(image) + "，" + why + "，无法读取其中的数值";
        }
        if (located.anyImage() != null) {
            return "未找到" + name + "的表格；文档中有图片" + where(located.anyImage()) + "，表格可能以图片形式发布；" + why;
        }
        return "未找到" + name + "的表格";
    }

    private static String where(Provenance at) {
        String place = at.describe();
        return place.isEmpty() ? "" : "（" + place + "）";
    }

    static String sectionKey(Section section) {
        return switch (section) {
            case ACTIVE_DISCLOSURE -> ActiveDisclosureLayout.SECTION;
            case APPLICATIONS -> ApplicationsLayout.SECTION;
            case REVIEW_LITIGATION -> ReviewLitigationLayout.SECTION;
            default -> throw new IllegalArgumentException(section + " has no table");
        };
    }
}
