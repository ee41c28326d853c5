package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/** A workbook row compared cell by cell: numbers as doubles, text as strings, an empty cell as null. */
final class SheetRows {

    private SheetRows() {
    }

    static void assertRow(Row row, Object... expected) {
        List<Object> actual = new ArrayList<>();
        for (int c = 0; c < expected.length; c++) {
            Cell cell = row.getCell(c);
            actual.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        assertEquals(Arrays.asList(expected), actual, "row " + row.getRowNum());
    }
}
