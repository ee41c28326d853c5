package org.xxgk;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.testing.TestFiles;

/**
 * Web-page versions of seeds 000, 003 and 004, laid out with real rowspan/colspan, a nested
 * layout table, a table split in two with repeated headers, full-width digits and site furniture
 * around the report. They must give the seeds' own tables, findings and text.
 */
class HtmlConversionTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "002", "003", "004"})
    void pageConvertsLikeItsSeed(String number) throws IOException {
        ConversionTestSupport.assertConvertsTo(TestFiles.testdata("html/" + number + ".html"),
                TestFiles.testdata("html/" + number + ".expected.json"));
    }
}
