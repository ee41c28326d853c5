import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Fills the Word-authored official 2021 template (../shared/corpus/docx) with the numbers and
 * text of seed 004, keeping the template's own merged cells, as an office filling it in would.
 *
 *   java -cp "$(cat classpath.txt)" testdata/office/FillTemplate.java TEMPLATE SEED_EXPECTED OUT
 *
 * (testdata/office/make-template.sh runs it.) Values come from the hand-written expected JSON
 * of seed 004, so the filled document's expected output is that seed's, tables and text alike.
 */
public class FillTemplate {

    private static final String[] APPLICANTS = {"natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_organization", "legal_service_agency", "other_organization", "total"};

    public static void main(String[] args) throws Exception {
        JsonNode seed = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(args[0]))) {
            List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
            paragraphs.stream().filter(p -> p.getText().trim().equals("政府信息公开工作年度报告格式模板")).findFirst()
                    .ifPresent(p -> setText(p, seed.at("/report/title").asText()));
            fillNarrative(doc, paragraphs, "一、总体情况", seed.at("/narrative/overview").asText());
            fillNarrative(doc, paragraphs, "五、存在的主要问题及改进情况", seed.at("/narrative/problems_and_improvements").asText());
            fillNarrative(doc, paragraphs, "六、其他需要报告的事项", seed.at("/narrative/other_matters").asText());

            XWPFTable active = doc.getTables().get(0);
            JsonNode ad = seed.get("active_disclosure");
            fillRow(active, "规章", ad.at("/regulations/issued"), ad.at("/regulations/repealed"), ad.at("/regulations/in_force"));
            fillRow(active, "行政规范性文件", ad.at("/normative_documents/issued"), ad.at("/normative_documents/repealed"),
                    ad.at("/normative_documents/in_force"));
            fillRow(active, "行政许可", ad.at("/licensing/decisions"));
            fillRow(active, "行政处罚", ad.at("/penalty/decisions"));
            fillRow(active, "行政强制", ad.at("/coercion/decisions"));
            fillRow(active, "行政事业性收费", ad.at("/fees/amount"));

            // Table 三: its value rows, top to bottom, are the canonical rows in order.
            List<JsonNode> rows = new ArrayList<>();
            collectRows(seed.get("applications"), rows);
            XWPFTable applications = doc.getTables().get(1);
            int next = 0;
            for (XWPFTableRow row : applications.getRows().subList(3, applications.getRows().size())) {
                List<XWPFTableCell> cells = row.getTableCells();
                JsonNode values = rows.get(next++);
                for (int i = 0; i < APPLICANTS.length; i++) {
                    setText(cells.get(cells.size() - APPLICANTS.length + i), values.get(APPLICANTS[i]).asText());
                }
            }

            XWPFTable review = doc.getTables().get(2);
            List<XWPFTableCell> data = review.getRows().get(review.getRows().size() - 1).getTableCells();
            int i = 0;
            for (String block : new String[] {"review", "litigation_direct", "litigation_after_review"}) {
                for (String field : new String[] {"upheld", "corrected", "other", "pending", "total"}) {
                    setText(data.get(i++), seed.at("/review_litigation/" + block + "/" + field).asText());
                }
            }
            try (FileOutputStream out = new FileOutputStream(args[2])) {
                doc.write(out);
            }
        }
    }

    /** Rows holding values, in canonical order (a row object has a "total" that is a number or null). */
    private static void collectRows(JsonNode node, List<JsonNode> out) {
        if (node.has("total") && !node.get("total").isObject()) {
            out.add(node);
            return;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collectRows(it.next(), out);
        }
    }

    private static void fillRow(XWPFTable table, String label, JsonNode... values) {
        for (XWPFTableRow row : table.getRows()) {
            if (row.getCell(0).getText().trim().equals(label)) {
                for (int i = 0; i < values.length; i++) {
                    setText(row.getCell(1 + i), values[i].asText());
                }
                return;
            }
        }
        throw new IllegalStateException("no row " + label);
    }

    /** Replaces the "（文字描述）" placeholder after a heading with the section's lines. */
    private static void fillNarrative(XWPFDocument doc, List<XWPFParagraph> paragraphs, String heading, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().trim().equals(heading)) {
                XWPFParagraph placeholder = paragraphs.get(i + 1);
                String[] lines = text.split("\n");
                setText(placeholder, lines[0]);
                for (int k = 1; k < lines.length; k++) {
                    XWPFParagraph added = doc.insertNewParagraph(nextCursor(paragraphs, i + 2, doc));
                    setText(added, lines[k]);
                }
                return;
            }
        }
        throw new IllegalStateException("no heading " + heading);
    }

    private static org.apache.xmlbeans.XmlCursor nextCursor(List<XWPFParagraph> paragraphs, int index, XWPFDocument doc) {
        // Insert before whatever followed the placeholder (the next heading or table).
        if (index < paragraphs.size()) {
            return paragraphs.get(index).getCTP().newCursor();
        }
        XWPFParagraph end = doc.createParagraph();
        return end.getCTP().newCursor();
    }

    private static void setText(XWPFTableCell cell, String text) {
        setText(cell.getParagraphs().get(0), text);
    }

    private static void setText(XWPFParagraph paragraph, String text) {
        while (paragraph.getRuns().size() > 1) {
            paragraph.removeRun(1);
        }
        if (paragraph.getRuns().isEmpty()) {
            paragraph.createRun();
        }
        paragraph.getRuns().get(0).setText(text, 0);
    }
}
