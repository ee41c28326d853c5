package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;

/** `xxgk convert --ocr` and OCR under the time limit. */
class OcrCommandTest {

    @Test
    void ocrOffSaysTheTablesArePicturesLeftUnread() {
        Cli run = Cli.run("convert", "--ocr", "off", Cli.testdata("scans/001-tables.mht").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertEquals("incomplete", doc.get("status").asText());
        assertEquals("第二部分「主动公开政府信息情况」的表格是图片（第1张图片），文字识别已关闭（--ocr off），无法读取其中的数值",
                doc.at("/findings/0/message").asText());
        assertTrue(run.err().isEmpty(), "no OCR hint when OCR was turned off: " + run.err());
    }

    @Test
    void anUnknownOcrModeIsRefused() {
        Cli run = Cli.run("convert", "--ocr", "sometimes", Cli.testdata("scans/001-tables.mht").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("选项 --ocr 的值无效：“sometimes”不是 auto、off 或 force"), run.err());
    }

    /**
     * Four scanned pages cannot be read in half a second: the file fails with the time limit, and
     * no Tesseract is left running once the command has returned.
     */
    @Test
    void ocrCountsAgainstTheTimeLimitAndStopsWithIt() throws InterruptedException {
        assumeTrue(Converter.installedTesseract().install() != null, "OCR test skipped: " + Converter.installedTesseract().problem());
        Cli run = Cli.run("convert", "--timeout", "500ms", Cli.testdata("scans/000-scan.pdf").toString());
        assertEquals(1, run.exitCode());
        assertEquals("转换超过时间限制（500毫秒），已停止处理该文件", run.json().at("/findings/0/message").asText());
        List<ProcessHandle> engines = List.of();
        for (int i = 0; i < 50; i++) {
            engines = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.contains("tesseract")).orElse(false)).toList();
            if (engines.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(List.of(), engines, "Tesseract must be stopped with the conversion");
    }
}
