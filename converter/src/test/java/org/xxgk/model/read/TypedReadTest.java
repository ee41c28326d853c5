package org.xxgk.model.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.Template;
import org.xxgk.layout.ValueKind;
import org.xxgk.model.Report;
import org.xxgk.model.Tables;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.CanonicalColumns;
import org.xxgk.write.ReportJson;

/**
 * The typed read API against the official layouts and the canonical JSON: every method, named in
 * camelCase after a key, leads to a pointer of the layouts, every pointer is reached, and every
 * value read equals the canonical JSON's of each test document (null where it has null or
 * nothing), so the typed API cannot drift from the pointer map.
 */
class TypedReadTest {

    private static final String[] SECTIONS = {"active_disclosure", "applications", "review_litigation"};

    /** Every value method reachable from the report's three sections: its pointer and what it returns. */
    private static Map<String, Object> walk(Report report) {
        Map<String, Object> values = new HashMap<>();
        walk(report.activeDisclosure(), "/active_disclosure", values);
        walk(report.applications(), "/applications", values);
        walk(report.reviewLitigation(), "/review_litigation", values);
        return values;
    }

    private static void walk(Object view, String path, Map<String, Object> values) {
        for (Method method : view.getClass().getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.getReturnType() == boolean.class) {
                continue;
            }
            String pointer = path + "/" + snake(method.getName());
            Object value;
            try {
                value = method.invoke(view);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(pointer, e);
            }
            Class<?> type = method.getReturnType();
            if (type == Long.class || type == BigDecimal.class) {
                assertTrue(values.put(pointer, new Typed(type, value)) == null, pointer);
            } else {
                assertEquals("org.xxgk.model.read", type.getPackageName(), pointer);
                walk(value, pointer, values);
            }
        }
    }

    private record Typed(Class<?> type, Object value) {
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of every value column, from the layouts (section 三 and 四 hold counts only). */
    private static Map<String, ValueKind> kinds() {
        Map<String, ValueKind> kinds = new HashMap<>();
        for (CanonicalColumns.Column column : CanonicalColumns.all()) {
            kinds.put(column.pointer(), ValueKind.COUNT);
        }
        for (Template template : Template.values()) {
            for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
                for (Field field : row.fields()) {
                    kinds.put("/" + ActiveDisclosureLayout.SECTION + "/" + row.def().key() + "/" + field.key(), field.kind());
                }
            }
        }
        return kinds;
    }

    @Test
    void everyMethodIsAPointerOfTheLayoutsAndEveryPointerHasAMethodOfItsKind() {
        Map<String, Object> typed = walk(new Report(null, org.xxgk.model.ReportInfo.NONE, Tables.NONE,
                org.xxgk.model.Narrative.NONE, List.of(), org.xxgk.model.Status.FAILED));
        Set<String> layout = CanonicalColumns.all().stream().map(CanonicalColumns.Column::pointer).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(layout), new TreeSet<>(typed.keySet()));
        Map<String, ValueKind> kinds = kinds();
        for (Map.Entry<String, Object> entry : typed.entrySet()) {
            Typed value = (Typed) entry.getValue();
            assertEquals(kinds.get(entry.getKey()) == ValueKind.AMOUNT ? BigDecimal.class : Long.class, value.type(), entry.getKey());
            assertNull(value.value(), entry.getKey());
        }
        assertEquals(Set.of("/active_disclosure/fees/amount", "/active_disclosure/procurement/total_amount"),
                typed.entrySet().stream().filter(e -> ((Typed) e.getValue()).type() == BigDecimal.class).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
    }

    /** Test documents with an expected JSON, except scans (OCR has its own tests) and archives (several reports). */
    private static List<Path> documents() throws IOException {
        try (Stream<Path> all = Files.walk(TestFiles.testdata(""))) {
            return all.map(Path::toString).filter(n -> n.endsWith(".expected.json"))
                    .map(n -> Path.of(n.substring(0, n.length() - ".expected.json".length())))
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/scans/") && !p.toString().endsWith(".zip"))
                    .sorted().toList();
        }
    }

    @Test
    void everyValueOfEveryTestDocumentReadsTheSameTyped() throws IOException {
        Converter converter = new Converter();
        Map<String, Integer> seen = new TreeMap<>();
        List<Path> documents = documents();
        assertTrue(documents.size() >= 80, "test documents found: " + documents.size());
        for (Path document : documents) {
            Report report = converter.convert(Files.readAllBytes(document), document.getFileName().toString());
            JsonNode json = ReportJson.toTree(report);
            Map<String, Object> typed = walk(report);
            List<String> leaves = new ArrayList<>();
            for (String section : SECTIONS) {
                leaves(json.get(section), "/" + section, leaves);
                assertEquals(!json.get(section).isNull(), present(report, section), document + " " + section);
            }
            assertTrue(typed.keySet().containsAll(leaves), document + ": pointers without a typed method");
            for (Map.Entry<String, Object> entry : typed.entrySet()) {
                JsonNode node = json.at(entry.getKey());
                Object value = ((Typed) entry.getValue()).value();
                String where = document + " " + entry.getKey();
                if (node.isMissingNode() || node.isNull()) {
                    assertNull(value, where);
                } else {
                    BigDecimal expected = node.decimalValue();
                    BigDecimal actual = value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
                    assertEquals(0, expected.compareTo(actual), where + ": " + expected + " read as " + actual);
                    if (value instanceof BigDecimal) {
                        assertEquals(expected.scale(), actual.scale(), where);
                    }
                    seen.merge(report.info().template().id(), 1, Integer::sum);
                }
            }
            if (report.tables().otherHandlingSingleRow() && report.applications().isPresent()) {
                seen.merge("other_handling as one row", 1, Integer::sum);
                JsonNode people = json.at("/applications/outcomes/other_handling/natural_person");
                assertEquals(people.isNumber() ? Long.valueOf(people.longValue()) : null,
                        report.applications().outcomes().otherHandling().naturalPerson(), document.toString());
            }
        }
        // Both templates and both forms of （六）其他处理 were read.
        assertEquals(Set.of("2019", "2021", "other_handling as one row"), seen.keySet(), seen.toString());
    }

    private static boolean present(Report report, String section) {
        return switch (section) {
            case "active_disclosure" -> report.activeDisclosure().isPresent();
            case "applications" -> report.applications().isPresent();
            default -> report.reviewLitigation().isPresent();
        };
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                leaves(field.getValue(), path + "/" + field.getKey(), out);
            }
        } else if (path.split("/").length > 2) {
            out.add(path); // a value, null or not (a section without its table is null itself)
        }
    }
}
