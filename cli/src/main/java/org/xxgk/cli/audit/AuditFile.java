package org.xxgk.cli.audit;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.xxgk.cli.AtomicFiles;

/**
 * The --audit file: a JSON list of the checks across reports, each {rule, severity, issuer, years,
 * files, path, message, expected, actual}, formatted like the canonical JSON (two spaces,
 * "key": value, line feeds, a final line feed).
 */
public final class AuditFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditFile() {
    }

    public static void write(Path target, List<AuditFinding> findings) throws IOException {
        AtomicFiles.write(target, text(findings));
    }

    public static String text(List<AuditFinding> findings) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (AuditFinding f : findings) {
            ObjectNode node = list.addObject();
            node.put("rule", f.rule());
            node.put("severity", f.severity());
            node.put("issuer", f.issuer());
            ArrayNode years = node.putArray("years");
            f.years().forEach(years::add);
            ArrayNode files = node.putArray("files");
            f.files().forEach(files::add);
            node.put("path", f.path());
            node.put("message", f.message());
            node.put("expected", f.expected());
            node.put("actual", f.actual());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return JSON.writer(printer).writeValueAsString(list) + "\n";
    }
}
