package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.testing.TestFiles;

/**
 * The five seed reports (text dumps of real report pages, read from ../shared/seeds) against
 * their hand-written expected JSON in testdata/seeds.
 */
class SeedConversionTest {

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.shared("seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedConvertsToItsExpectedDocument(String seed) throws IOException {
        Path input = TestFiles.shared("seeds/" + seed);
        ConversionTestSupport.assertConvertsTo(input, TestFiles.testdata("seeds/" + seed.substring(0, 3) + ".expected.json"));
    }

    @Test
    void seedsAreAllThere() throws IOException {
        assertEquals(5, seeds().count());
    }

    /** The acceptance checkpoints of seed 000, spelled out beside the whole-document comparison. */
    @Test
    void seed000Checkpoints() throws IOException {
        JsonNode d = ConversionTestSupport.convert(TestFiles.shared("seeds/000_52972008982c7e10.txt"));
        assertEquals("2021", d.at("/report/template").asText());
        assertEquals(41, d.at("/applications/new_received/natural_person").asInt());
        assertEquals(40, d.at("/applications/outcomes/total/natural_person").asInt());
        assertEquals(1, d.at("/applications/carried_forward/total").asInt());
        assertTrue(d.at("/review_litigation/review/upheld").isNull());
        assertEquals(4, d.at("/review_litigation/review/total").asInt());
        assertEquals("625.0499", d.at("/active_disclosure/fees/amount").decimalValue().toPlainString());
        assertEquals(3386, d.at("/active_disclosure/licensing/decisions").asInt());
        assertEquals("inconsistent", d.at("/status").asText());
    }
}
