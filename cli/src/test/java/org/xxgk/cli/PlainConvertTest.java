package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code convert X} is read without picocli (ConvertOptions.plain); it must mean exactly what
 * picocli makes of it, for every option there is or will be.
 */
class PlainConvertTest {

    @Test
    void plainOptionsAreWhatPicocliMakesOfTheSameCommand() throws IllegalAccessException {
        String[] command = {"convert", "报告 2024.pdf"};
        ConvertOptions plain = ConvertOptions.plain(command).orElseThrow();
        CommandLine.Model.CommandSpec spec = convertOptions(command);
        ConvertOptions parsed = (ConvertOptions) spec.userObject();

        int compared = 0;
        for (Field field : ConvertOptions.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            assertEquals(field.get(parsed), field.get(plain), field.getName());
            compared++;
        }
        assertEquals(spec.args().size(), compared, "a field for every option and parameter");
        assertEquals(List.of("报告 2024.pdf"), plain.inputs);
    }

    @Test
    void anyOtherCommandLineIsLeftToPicocli() {
        assertTrue(ConvertOptions.plain("convert", "a.html").isPresent());
        assertTrue(ConvertOptions.plain("convert", "某地/目录").isPresent());
        for (String[] other : List.of(
                new String[] {"convert", "-q"},
                new String[] {"convert", "--help"},
                new String[] {"convert", "@arguments.txt"}, // picocli reads the arguments from that file
                new String[] {"convert", ""},
                new String[] {"convert", "a.html", "b.html"},
                new String[] {"convert", "a.html", "--provenance"},
                new String[] {"convert"},
                new String[] {"serve", "a.html"},
                new String[] {})) {
            assertFalse(ConvertOptions.plain(other).isPresent(), String.join(" ", other));
        }
    }

    /** The whole command, both ways: "--" sends the same file through picocli. */
    @Test
    void aPlainCommandPrintsAndExitsAsPicocliWould(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("无此文件.pdf");
        Path page = Files.copy(Cli.testdata("html/004.html"), dir.resolve("004.html"));
        for (Path file : List.of(page, missing)) {
            Cli plain = Cli.run("convert", file.toString());
            Cli parsed = Cli.run("convert", "--", file.toString());
            assertEquals(parsed, plain, file.toString());
        }
        assertEquals(0, Cli.run("convert", page.toString()).exitCode());
        assertEquals(1, Cli.run("convert", missing.toString()).exitCode());
    }

    /** The options picocli reads for {@code command}, with the object it set them in. */
    private static CommandLine.Model.CommandSpec convertOptions(String... command) {
        PrintStream out = new PrintStream(PrintStream.nullOutputStream());
        CommandLine cli = new CommandLine(new XxgkCommand(out, out, CliTexts.of(Locale.CHINESE), null));
        CommandLine.ParseResult result = cli.parseArgs(command);
        List<CommandLine.Model.CommandSpec> mixins = result.subcommand().commandSpec().mixins().values().stream()
                .filter(mixin -> mixin.userObject() instanceof ConvertOptions).toList();
        assertEquals(1, mixins.size(), "convert's options: " + mixins);
        return mixins.get(0);
    }
}
