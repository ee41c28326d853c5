import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rewrites an XLSX workbook with POI's streaming writer (SXSSFWorkbook), cell by cell: every
 * sheet, row, cell value (string, number, boolean, formula), cell style (borders, alignment,
 * number format, font), column width, row height and merged region of the source.
 *
 *   java -cp CLASSPATH StreamCopy.java SOURCE.xlsx TARGET.xlsx
 *
 * (make.py runs it, with the class path of pom.xml.) SXSSF writes to a plain OutputStream, so its ZIP entries carry data
 * descriptors (general-purpose flag bit 3, sizes and CRC 0 in the local headers), and its cells
 * are inline strings (t="inlineStr"), with no sharedStrings.xml; that is what these files test.
 */
public class StreamCopy {

    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook source = new XSSFWorkbook(new FileInputStream(args[0]));
             SXSSFWorkbook target = new SXSSFWorkbook(100)) {
            Map<Short, CellStyle> styles = new HashMap<>();
            for (int s = 0; s < source.getNumberOfSheets(); s++) {
                XSSFSheet in = source.getSheetAt(s);
                SXSSFSheet out = target.createSheet(in.getSheetName());
                int lastColumn = 0;
                for (Row row : in) {
                    lastColumn = Math.max(lastColumn, row.getLastCellNum());
                }
                for (int c = 0; c < lastColumn; c++) {
                    out.setColumnWidth(c, in.getColumnWidth(c));
                }
                out.setDefaultRowHeight(in.getDefaultRowHeight());
                for (CellRangeAddress region : in.getMergedRegions()) {
                    out.addMergedRegion(region);
                }
                for (Row row : in) {  // rows in ascending order, as SXSSF requires
                    Row copy = out.createRow(row.getRowNum());
                    copy.setHeight(row.getHeight());
                    for (Cell cell : row) {
                        Cell to = copy.createCell(cell.getColumnIndex());
                        to.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex(), i -> {
                            CellStyle style = target.createCellStyle();
                            style.cloneStyleFrom(cell.getCellStyle());
                            return style;
                        }));
                        copyValue(cell, to);
                    }
                }
            }
            try (FileOutputStream file = new FileOutputStream(args[1])) {
                target.write(file);
            }
        }
    }

    private static void copyValue(Cell from, Cell to) {
        switch (from.getCellType()) {
            case STRING -> to.setCellValue(from.getStringCellValue());
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case FORMULA -> to.setCellFormula(from.getCellFormula());
            case BLANK, _NONE -> { }
            case ERROR -> to.setCellErrorValue(from.getErrorCellValue());
        }
    }
}
