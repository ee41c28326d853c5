package org.xxgk.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.RowDef;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Tables;

/**
 * Writes a report as canonical JSON: keys in the contract's order, every layout cell present
 * (null when missing), numbers exactly as read, and the same bytes for the same report.
 */
public final class ReportJson {

    public static final String SCHEMA = "govinfo-annual-report/1";

    /** Keeps amounts' printed scale (924.190 stays 924.190) instead of normalising it away. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Only for reading back: writing needs no ObjectMapper (see {@link JsonText}). */
    private static final class Reader {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setNodeFactory(NODES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ReportJson() {
    }

    /** The canonical JSON text, pretty-printed with a final line feed. */
    public static String write(Report report) {
        return write(report, false);
    }

    /** The same, with {@code provenance}: where each value was read (after the findings). */
    public static String write(Report report, boolean provenance) {
        return JsonText.of(toTree(report, provenance), PRETTY.createInstance()) + "\n";
    }

    /**
     * The same document on one line, for JSON Lines: {@link #write}'s text without the whitespace
     * between tokens (no line feed at the end; strings, numbers and key order as there).
     */
    public static String line(Report report) {
        return line(toTree(report));
    }

    /** A canonical document read back (by {@link #read}) on one line, as {@link #line(Report)} writes it. */
    public static String line(JsonNode document) {
        return JsonText.of(document, null);
    }

    /**
     * Reads canonical JSON back without losing what it says: numbers stay exact, with their scale
     * (a plain reader would make 924.190 the double 924.19).
     */
    public static JsonNode read(String json) throws JsonProcessingException {
        return Reader.MAPPER.readTree(json);
    }

    public static ObjectNode toTree(Report report) {
        return toTree(report, false);
    }

    public static ObjectNode toTree(Report report, boolean provenance) {
        Values values = new Values();
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        ObjectNode source = root.putObject("source");
        source.put("file", report.source().file());
        source.put("media_type", report.source().mediaType());
        source.put("sha256", report.source().sha256());
        source.put("pages", report.source().pages());
        ObjectNode info = root.putObject("report");
        info.put("title", report.info().title());
        info.put("issuer", report.info().issuer());
        info.put("year", report.info().year());
        info.put("template", report.info().template() == null ? null : report.info().template().id());
        Tables tables = report.tables();
        root.set("active_disclosure", activeDisclosure(report, values));
        root.set("applications", tables.has(ApplicationsLayout.SECTION) ? applications(tables, values) : NODES.nullNode());
        root.set("review_litigation", tables.has(ReviewLitigationLayout.SECTION) ? reviewLitigation(tables, values) : NODES.nullNode());
        ObjectNode narrative = root.putObject("narrative");
        narrative.put("overview", report.narrative().overview());
        narrative.put("problems_and_improvements", report.narrative().problemsAndImprovements());
        narrative.put("other_matters", report.narrative().otherMatters());
        var findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", f.rule());
            node.put("severity", f.severity().id());
            node.put("path", f.path());
            node.put("message", f.message());
            if (f.expected() != null) {
                node.put("expected", f.expected());
            }
            if (f.actual() != null) {
                node.put("actual", f.actual());
            } else if (f.candidates() != null) {
                var candidates = node.putArray("actual");
                for (List<BigDecimal> candidate : f.candidates()) {
                    var split = candidates.addArray();
                    candidate.forEach(split::add);
                }
            }
        }
        if (provenance) {
            ObjectNode places = root.putObject("provenance");
            values.written.forEach((pointer, value) -> places.set(pointer, ProvenanceJson.of(value, NODES)));
        }
        root.put("status", report.status().id());
        return root;
    }

    /** The values written, by pointer, in document order: what provenance describes. */
    private static final class Values {
        final java.util.Map<String, CellValue> written = new java.util.LinkedHashMap<>();

        void put(ObjectNode node, String key, String pointer, CellValue value) {
            BigDecimal number = value == null ? null : value.number();
            if (number == null) {
                node.putNull(key);
            } else {
                node.put(key, number);
                written.put(pointer, value);
            }
        }
    }

    private static JsonNode activeDisclosure(Report report, Values values) {
        Tables tables = report.tables();
        if (!tables.has(ActiveDisclosureLayout.SECTION) || report.info().template() == null) {
            return NODES.nullNode();
        }
        ObjectNode section = NODES.objectNode();
        for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(report.info().template())) {
            String path = "/" + ActiveDisclosureLayout.SECTION + "/" + row.def().key();
            ObjectNode node = section.putObject(row.def().key());
            for (Field field : row.fields()) {
                values.put(node, field.key(), path + "/" + field.key(), tables.value(path + "/" + field.key()));
            }
        }
        return section;
    }

    private static ObjectNode applications(Tables tables, Values values) {
        ObjectNode section = NODES.objectNode();
        for (RowDef child : ApplicationsLayout.ROOT.children()) {
            section.set(child.key(), applicationsRow(child, "/" + ApplicationsLayout.SECTION + "/" + child.key(), tables, values));
        }
        return section;
    }

    private static ObjectNode applicationsRow(RowDef def, String path, Tables tables, Values values) {
        ObjectNode node = NODES.objectNode();
        boolean leaf = !def.isGroup() || (def == ApplicationsLayout.OTHER_HANDLING && tables.otherHandlingSingleRow());
        if (leaf) {
            for (Field column : ApplicationsLayout.COLUMNS) {
                values.put(node, column.key(), path + "/" + column.key(), tables.value(path + "/" + column.key()));
            }
        } else {
            for (RowDef child : def.children()) {
                node.set(child.key(), applicationsRow(child, path + "/" + child.key(), tables, values));
            }
        }
        return node;
    }

    private static ObjectNode reviewLitigation(Tables tables, Values values) {
        ObjectNode section = NODES.objectNode();
        for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
            ObjectNode node = section.putObject(block.key());
            for (Field field : ReviewLitigationLayout.FIELDS) {
                String pointer = "/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/" + field.key();
                values.put(node, field.key(), pointer, tables.value(pointer));
            }
        }
        return section;
    }
}
