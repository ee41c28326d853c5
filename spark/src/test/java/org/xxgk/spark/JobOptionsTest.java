package org.xxgk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.OcrMode;

class JobOptionsTest {

    @Test
    void inputsThenOutputWithTheCommandLinesOptions() throws Exception {
        JobOptions o = JobOptions.parse("--timeout", "90s", "hdfs:///reports/2023/*.pdf", "--ocr", "off", "s3a://b/2024", "--partitions", "400",
                "--force", "hdfs:///out");
        assertEquals(new JobOptions(List.of("hdfs:///reports/2023/*.pdf", "s3a://b/2024"), "hdfs:///out", Duration.ofSeconds(90),
                OcrMode.OFF, 400, true), o);
        assertEquals(new JobOptions(List.of("in"), "out", Duration.ofSeconds(60), OcrMode.AUTO, 0, false), JobOptions.parse("in", "out"));
    }

    @Test
    void usageErrorsInChinese() {
        assertEquals("需要至少一个输入和一个输出目录", assertThrows(JobOptions.UsageError.class, () -> JobOptions.parse("out")).getMessage());
        assertEquals("--timeout 需要一个正的时间，例如 60s、500ms、2m：0s",
                assertThrows(JobOptions.UsageError.class, () -> JobOptions.parse("--timeout", "0s", "in", "out")).getMessage());
        assertEquals("--ocr 只能是 auto、off 或 force：maybe",
                assertThrows(JobOptions.UsageError.class, () -> JobOptions.parse("--ocr", "maybe", "in", "out")).getMessage());
        assertEquals("--partitions 需要一个正整数：-3",
                assertThrows(JobOptions.UsageError.class, () -> JobOptions.parse("--partitions", "-3", "in", "out")).getMessage());
        assertEquals("未知选项：--jobs", assertThrows(JobOptions.UsageError.class, () -> JobOptions.parse("--jobs", "in", "out")).getMessage());
        assertEquals("--ocr 后面缺少取值", assertThrows(JobOptions.UsageError.class, () -> JobOptions.parse("in", "out", "--ocr")).getMessage());
    }
}
