package org.xxgk.extract.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.usermodel.Range;
import org.xxgk.normalize.Tidy;

/** Cleans text from the binary Word format: field codes, cell marks and break characters. */
final class DocText {

    private DocText() {
    }

    static List<String> lines(String raw) {
        String text = Range.stripFields(raw)
                .replace('\u0007', '\n') // end of cell / row
                .replace('\u000B', '\n') // manual line break
                .replace('\u000C', '\n') // page or section break
                .replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            StringBuilder kept = new StringBuilder(line.length());
            line.codePoints().filter(cp -> cp >= 0x20 || cp == '\t').forEach(kept::appendCodePoint);
            String trimmed = Tidy.trim(kept.toString());
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return lines;
    }
}
