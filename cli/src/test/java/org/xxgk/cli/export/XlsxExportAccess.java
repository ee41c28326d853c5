package org.xxgk.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.xxgk.cli.batch.Outcome;

/** Lets tests write a workbook with small sheets, to see the long table split without a million rows. */
public final class XlsxExportAccess {

    private XlsxExportAccess() {
    }

    public static void write(List<Outcome> outcomes, int rowsPerSheet, OutputStream out) throws IOException {
        XlsxExport.write(outcomes, rowsPerSheet, out);
    }
}
