package org.xxgk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;

class DoneFilesTest {

    @Test
    void findsEveryHashItWasGivenAndNoOther() {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            given.add(Converter.sha256(("report " + i).getBytes()));
        }
        given.add(given.get(7)); // a file converted twice
        DoneFiles done = DoneFiles.of(given);
        assertEquals(1001, done.size());
        given.forEach(h -> assertTrue(done.contains(h), h));
        for (int i = 1000; i < 2000; i++) {
            assertFalse(done.contains(Converter.sha256(("report " + i).getBytes())));
        }
        assertFalse(DoneFiles.none().contains(given.get(0)));
    }
}
