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

/**
 * Maps an extracted document onto the official layout: finds tables 二, 三 and 四, tells the
 * template, places every value by row label and column position, and reads title, issuer, year
 * and narrative. It knows nothing of the format the document came in.
 */
public final class Aligner {

    public Aligned align(ExtractedDocument document) {
        List<Finding> missing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, CellValue> values = new LinkedHashMap<>();
        Set<String> present = new LinkedHashSet<>();

        SignOff signOff = SignOff.find(document.blocks());
        ReportInfo info = ReportInfoExtractor.extract(document.blocks(), signOff);
        Narrative narrative = NarrativeExtractor.extract(document.blocks(), signOff);
        SectionLocator.Located located = SectionLocator.locate(document.blocks());
        Map<Section, Grid> grids = located.grids();

        // Table 三 is read first, since its （六）其他处理 rows help tell the template; its findings
        // are kept aside so that all findings come table by table, in reading order.
        ApplicationsAligner.Result applications = null;
        List<Finding> applicationsFindings = new ArrayList<>();
        Grid applicationsGrid = grids.get(Section.APPLICATIONS);
        if (applicationsGrid != null) {
            applications = ApplicationsAligner.align(applicationsGrid, values, applicationsFindings);
            present.add(ApplicationsLayout.SECTION);
        }

        Template byHeaders = TemplateDetector.byHeaders(grids.get(Section.ACTIVE_DISCLOSURE));
        Template template = chooseTemplate(byHeaders, applications, info.year(), grids.isEmpty());

        Grid activeGrid = grids.get(Section.ACTIVE_DISCLOSURE);
        if (activeGrid != null) {
            ActiveDisclosureAligner.align(activeGrid, template, values, findings);
            present.add(ActiveDisclosureLayout.SECTION);
        }
        findings.addAll(applicationsFindings);
        noteMismatch(template, byHeaders, applications, info.year(), findings);
        Grid reviewGrid = grids.get(Section.REVIEW_LITIGATION);
        if (reviewGrid != null) {
            ReviewLitigationAligner.align(reviewGrid, values, findings);
            present.add(ReviewLitigationLayout.SECTION);
        }
        for (Section section : Section.TABLES) {
            if (!grids.containsKey(section)) {
                missing.add(Finding.warning(Rules.MISSING_SECTION, "/" + sectionKey(section), missingMessage(section, located)));
            }
        }
        boolean singleRow = applications != null
                ? !applications.hasSubRows() && (applications.hasSingleRow() || template == Template.T2019)
                : template == Template.T2019;
        missing.addAll(findings);
        return new Aligned(info.withTemplate(template), new Tables(present, singleRow, values), narrative, missing);
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

    private static String missingMessage(Section section, SectionLocator.Located located) {
        String name = "第" + section.numeral() + "部分「" + section.heading() + "」";
        Provenance image = located.images().get(section);
        if (image != null) {
            return name + "的表格是图片" + where(image) + "，暂不支持识别图片中的文字，无法读取其中的数值";
        }
        if (located.anyImage() != null) {
            return "未找到" + name + "的表格；文档中有图片" + where(located.anyImage()) + "，表格可能以图片形式发布，暂不支持识别";
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
