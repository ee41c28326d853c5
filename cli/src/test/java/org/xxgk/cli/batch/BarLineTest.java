package org.xxgk.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress bar's line fits the terminal's columns with Chinese in it, so a redraw overwrites it. */
class BarLineTest {

    private static final String FILE = "通榆县政府信息公开工作年度报告（2024年）.pdf";
    private final BarLine bar = new BarLine("转换", " 个文件");

    @Test
    void chineseCountsTwoColumnsAndTheFileNameIsCut() {
        String line = bar.line(3, 10, Duration.ofSeconds(30), FILE, 80);
        assertEquals("转换  30% [██       ] 3/10 个文件 (0:00:30 / 0:01:10) 0.1/s 通榆县政府信息公开…", line);
        assertEquals(79, DisplayWidth.of(line));
    }

    @Test
    void aNarrowTerminalLosesTheFileNameThenTheBar() {
        String line = bar.line(3, 10, Duration.ofSeconds(30), FILE, 50);
        assertEquals("转换  30% [] 3/10 个文件 (0:00:30 / 0:01:10) 0.1/s", line);
        assertEquals(50, DisplayWidth.of(line));
        assertEquals(40, DisplayWidth.of(bar.line(3, 10, Duration.ofSeconds(30), FILE, 40)));
    }

    @Test
    void aWideTerminalGetsTheWholeBarAndName() {
        String line = bar.line(10, 10, Duration.ofSeconds(20), "a.pdf", 200);
        assertEquals("转换 100% [██████████████████████████████] 10/10 个文件 (0:00:20 / 0:00:00) 0.5/s a.pdf", line);
    }

    @Test
    void widthOfText() {
        assertEquals(8, DisplayWidth.of("通榆县ab"));
        assertEquals("通榆  |", DisplayWidth.padRight("通榆", 6) + "|");
        assertEquals("通榆…", DisplayWidth.fit("通榆县人民政府", 5));
    }
}
