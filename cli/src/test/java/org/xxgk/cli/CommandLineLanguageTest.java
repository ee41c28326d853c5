package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.batch.DisplayWidth;

/** Help, usage errors and the batch summary, in Chinese (the default) and in English. */
class CommandLineLanguageTest {

    private static final String PAGE_004 = Cli.testdata("html/004.html").toString();
    private static final String PAGE_000 = Cli.testdata("html/000.html").toString();

    @Test
    void helpIsChinese() {
        Cli top = Cli.runIn(Locale.CHINESE, "--help");
        assertEquals(0, top.exitCode());
        List<String> lines = top.out().lines().toList();
        assertEquals("用法：xxgk [-hV] [命令]", lines.get(0));
        assertEquals("把政府信息公开工作年度报告转换为规范 JSON。", lines.get(1));
        assertTrue(lines.contains("  -h, --help      显示本帮助并退出。"), top.out());
        assertTrue(lines.contains("命令："), top.out());
        assertTrue(lines.contains("  schema   打印规范 JSON 的 JSON Schema（draft 2020-12）。"), top.out());
        assertFalse(top.out().contains("退出码"), "the top command has no exit codes of its own");

        Cli convert = Cli.runIn(Locale.CHINESE, "convert", "--help");
        assertTrue(convert.out().startsWith("用法：xxgk convert [-hqV]"), convert.out());
        for (String line : List.of("参数：", "选项：", "退出码：", "  2   用法错误",
                "      --beside         在每个输入文件旁写出 <名称>.json。",
                "  -q, --quiet          不显示进度和汇总，只在标准错误输出错误。")) {
            assertTrue(convert.out().lines().anyMatch(line::equals), line + " missing from:\n" + convert.out());
        }
        assertFalse(convert.out().contains("Usage") || convert.out().contains("Write "), convert.out());
    }

    @Test
    void helpIsEnglishUnderAnEnglishLocale() {
        Cli convert = Cli.runIn(Locale.ENGLISH, "convert", "--help");
        assertEquals(0, convert.exitCode());
        assertTrue(convert.out().startsWith("Usage: xxgk convert [-hqV]"), convert.out());
        for (String line : List.of("Parameters:", "Options:", "Exit codes:", "  2   usage error",
                "      --beside         Write <name>.json next to each input file.",
                "  -h, --help           Show this help message and exit.")) {
            assertTrue(convert.out().lines().anyMatch(line::equals), line + " missing from:\n" + convert.out());
        }
        assertFalse(convert.out().contains("用法") || convert.out().contains("选项"), convert.out());
    }

    @Test
    void usageErrorsInChinese() {
        assertUsageError(Locale.CHINESE, "xxgk: 缺少必需的参数：FILE\n运行 xxgk convert --help 查看用法。\n", "convert");
        assertUsageError(Locale.CHINESE, "xxgk: 无法识别的参数：--no-such-option\n运行 xxgk convert --help 查看用法。\n",
                "convert", "--no-such-option", PAGE_004);
        assertUsageError(Locale.CHINESE, "xxgk: 缺少命令：请使用 convert、serve 或 schema。\n运行 xxgk --help 查看用法。\n");
        assertUsageError(Locale.CHINESE, "xxgk: 没有这个命令：frobnicate（可用的命令：convert、serve、schema）\n运行 xxgk --help 查看用法。\n",
                "frobnicate");
        assertUsageError(Locale.CHINESE, "xxgk: 选项 --timeout 的值无效：“abc”不是 60s、500ms 或 2m 这样的时间\n"
                + "运行 xxgk convert --help 查看用法。\n", "convert", "--timeout", "abc", PAGE_004);
        assertUsageError(Locale.CHINESE, "xxgk: 选项 --timeout 的值无效：时间上限必须大于零：0s\n"
                + "运行 xxgk convert --help 查看用法。\n", "convert", "--timeout", "0s", PAGE_004);
        assertUsageError(Locale.CHINESE, "xxgk: 选项 --jobs 的值无效：“x”不是整数\n运行 xxgk convert --help 查看用法。\n",
                "convert", "-j", "x", PAGE_004);
        assertUsageError(Locale.CHINESE, "xxgk: 选项 --ocr 的值无效：“maybe”不是 auto、off 或 force\n"
                + "运行 xxgk convert --help 查看用法。\n", "convert", "--ocr", "maybe", PAGE_004);
        assertUsageError(Locale.CHINESE, "xxgk: 选项 --output 需要一个值\n运行 xxgk convert --help 查看用法。\n", "convert", "-o");
    }

    @Test
    void usageErrorsInEnglish() {
        assertUsageError(Locale.ENGLISH, "xxgk: Missing required parameter: FILE\nRun xxgk convert --help for usage.\n", "convert");
        assertUsageError(Locale.ENGLISH, "xxgk: Unknown option or argument: --no-such-option\nRun xxgk convert --help for usage.\n",
                "convert", "--no-such-option", PAGE_004);
        assertUsageError(Locale.ENGLISH, "xxgk: Missing command: use convert, serve or schema.\nRun xxgk --help for usage.\n");
        assertUsageError(Locale.ENGLISH, "xxgk: Invalid value for option --timeout: not a time such as 60s, 500ms or 2m: abc\n"
                + "Run xxgk convert --help for usage.\n", "convert", "--timeout", "abc", PAGE_004);
        assertUsageError(Locale.ENGLISH, "xxgk: Invalid value for option --jobs: 'x' is not a whole number\n"
                + "Run xxgk convert --help for usage.\n", "convert", "-j", "x", PAGE_004);
    }

    private static void assertUsageError(Locale language, String expected, String... args) {
        Cli run = Cli.runIn(language, args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(expected, run.err());
        assertEquals("", run.out());
    }

    /** The counts of the summary stand in one column, measured as a terminal shows Chinese. */
    @Test
    void summaryAlignsInBothLanguages(@TempDir Path dir) {
        for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            Cli run = Cli.runIn(language, "convert", PAGE_004, PAGE_000, "-o", dir.resolve(language.getLanguage()).toString(), "-j", "1");
            assertEquals(0, run.exitCode(), run.err());
            List<String> counts = run.err().lines().filter(l -> l.matches("  (ok|inconsistent|incomplete|failed)\\W.*\\d")).toList();
            assertEquals(4, counts.size(), run.err());
            for (String line : counts) {
                String label = line.replaceAll("\\d+$", "");
                assertEquals(DisplayWidth.of(counts.get(0).replaceAll("\\d+$", "")), DisplayWidth.of(label), run.err());
            }
            String ok = language == Locale.CHINESE ? "  ok（三张表齐全，数字自洽）              1"
                    : "  ok (all three tables, numbers consistent)               1";
            assertEquals(ok, counts.get(0));
        }
    }
}
