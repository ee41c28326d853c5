package org.xxgk.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.xxgk.cli.batch.Outcome;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.Template;

/**
 * With --xlsx-layout: one sheet per report (named after its file), its three tables laid out as
 * the official ones are printed: table 二 with its column headers above each group of rows,
 * table 三 with the applicant columns under 申请人情况 and 法人或其他组织, table 四 with its three
 * blocks side by side. A failed report has no tables, and no sheet.
 */
final class LayoutSheets {

    private static final int LABEL_WIDTH = 48;

    private LayoutSheets() {
    }

    static void add(Workbook workbook, List<Outcome> outcomes, CellStyle header) {
        Set<String> taken = new HashSet<>();
        workbook.forEach(s -> taken.add(s.getSheetName().toLowerCase(java.util.Locale.ROOT)));
        for (Outcome outcome : outcomes) {
            if (outcome.status().equals("failed")) {
                continue;
            }
            JsonNode d = outcome.document();
            Sheet sheet = workbook.createSheet(name(d.at("/source/file").asText(), taken));
            new Layout(sheet, d, header).write();
        }
    }

    /**
     * The file's name as a sheet name: characters Excel refuses replaced, at most 31, unique
     * ignoring case, as Excel compares sheet names ({@code taken} holds lower-case names).
     */
    static String name(String file, Set<String> taken) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        String name = WorkbookUtil.createSafeSheetName(base.isBlank() ? "报告" : base, '_');
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            String safe = WorkbookUtil.createSafeSheetName(base, '_');
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    /** One report's sheet, written row by row. */
    private static final class Layout {
        private final Sheet sheet;
        private final JsonNode d;
        private final CellStyle header;
        private int next;

        Layout(Sheet sheet, JsonNode d, CellStyle header) {
            this.sheet = sheet;
            this.d = d;
            this.header = header;
        }

        void write() {
            String issuer = d.at("/report/issuer").isTextual() ? d.at("/report/issuer").asText() : "";
            String year = d.at("/report/year").isNumber() ? d.at("/report/year").asText() + "年" : "";
            row(header, issuer + year + "政府信息公开工作年度报告（" + d.at("/source/file").asText() + "，"
                    + FindingWords.status(d.at("/status").asText()) + "）");
            activeDisclosure();
            applications();
            reviewLitigation();
            sheet.setColumnWidth(0, LABEL_WIDTH * 256);
            for (int c = 1; c <= 15; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
        }

        private void activeDisclosure() {
            next++;
            row(header, "二、主动公开政府信息情况");
            if (!d.path(ActiveDisclosureLayout.SECTION).isObject()) {
                row(null, "（缺少此表）");
                return;
            }
            Template template = "2019".equals(d.at("/report/template").asText()) ? Template.T2019 : Template.T2021;
            List<Field> shown = null;
            for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
                if (!row.fields().equals(shown)) {
                    List<Object> labels = new ArrayList<>(List.of("信息内容"));
                    row.fields().forEach(f -> labels.add(f.label()));
                    row(header, labels.toArray());
                    shown = row.fields();
                }
                List<Object> cells = new ArrayList<>(List.of(row.def().label()));
                row.fields().forEach(f -> cells.add(value("/" + ActiveDisclosureLayout.SECTION + "/" + row.def().key() + "/" + f.key())));
                row(null, cells.toArray());
            }
        }

        private void applications() {
            next++;
            row(header, "三、收到和处理政府信息公开申请情况");
            if (!d.path(ApplicationsLayout.SECTION).isObject()) {
                row(null, "（缺少此表）");
                return;
            }
            int top = next;
            row(header, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", "");
            row(header, "", "自然人", "法人或其他组织", "", "", "", "", "总计");
            List<Object> kinds = new ArrayList<>(List.of("", ""));
            ApplicationsLayout.COLUMNS.subList(1, 6).forEach(f -> kinds.add(f.label()));
            kinds.add("");
            row(header, kinds.toArray());
            merge(top, top, 1, 7);
            merge(top, top + 2, 0, 0);
            merge(top + 1, top + 2, 1, 1);
            merge(top + 1, top + 1, 2, 6);
            merge(top + 1, top + 2, 7, 7);
            boolean oneRow = !d.at("/applications/outcomes/other_handling/total").isMissingNode();
            for (ApplicationsLayout.PathRow row : ApplicationsLayout.valueRows(oneRow)) {
                List<Object> cells = new ArrayList<>(List.of(ApplicationsLayout.rowName(row.path())));
                ApplicationsLayout.COLUMNS.forEach(f -> cells.add(value(row.path() + "/" + f.key())));
                row(null, cells.toArray());
            }
        }

        private void reviewLitigation() {
            next++;
            row(header, "四、政府信息公开行政复议、行政诉讼情况");
            if (!d.path(ReviewLitigationLayout.SECTION).isObject()) {
                row(null, "（缺少此表）");
                return;
            }
            int top = next;
            List<Object> blocks = new ArrayList<>();
            List<Object> fields = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
                blocks.add(block.label());
                blocks.addAll(Collections.nCopies(ReviewLitigationLayout.FIELDS.size() - 1, ""));
                for (Field field : ReviewLitigationLayout.FIELDS) {
                    fields.add(field.label());
                    values.add(value("/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/" + field.key()));
                }
            }
            row(header, blocks.toArray());
            row(header, fields.toArray());
            row(null, values.toArray());
            int width = ReviewLitigationLayout.FIELDS.size();
            for (int b = 0; b < ReviewLitigationLayout.BLOCKS.size(); b++) {
                merge(top, top, b * width, b * width + width - 1);
            }
        }

        /** A number, or null (an empty cell) where the report has none. */
        private Object value(String pointer) {
            JsonNode value = d.at(pointer);
            return value.isNumber() ? value.decimalValue() : null;
        }

        private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }

        private void row(CellStyle style, Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                if (values[c] == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (values[c] instanceof java.math.BigDecimal n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(values[c].toString());
                }
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }
        }
    }
}
