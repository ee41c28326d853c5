package org.xxgk.cli.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * The time limit stops the work for real. What is slow here is slow by construction, not by
 * racing the machine: the OCR engine is a script that spins forever, so the scan it is asked to
 * read can never finish, while the other files of the batch have the whole limit (30 s, half the
 * default, to keep the build short) for conversions of a second or two, however busy the machine.
 */
public class TimeLimitTest {

    /**
     * A scan whose reading never ends fails at the limit, its work stops, and the batch goes on.
     * A worker converts two files at once here, so one file is beside the scan when its worker is
     * killed: that file is not failed for it but converted again in a fresh worker. The stand-in
     * engine never answers a picture in the worker of the first picture it was asked for (that
     * call spins, later ones there wait) and answers at once in any other worker. The files go
     * out in name order, two at a time, and the scan never comes back: z.jpg is sent after
     * c-scan.jpg, once d.xlsx and e.pdf are done, so its time would run out later than the
     * scan's by their two conversions at least, and at the scan's limit it is the one beside it.
     */
    @Test
    void aFileThatNeverFinishesFailsAtTheLimitItsWorkStopsAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase().startsWith("windows"), "needs a POSIX shell");
        Path pids = dir.resolve("engines.pid");
        Path engine = engine(dir, "tesseract-stuck-in-one-worker", """
                if mkdir '%1$s/spinning' 2>/dev/null; then
                  echo $PPID > '%1$s/worker.tmp' && mv '%1$s/worker.tmp' '%1$s/worker'
                  echo $$ >> '%2$s'
                  while :; do :; done
                fi
                while [ ! -f '%1$s/worker' ]; do sleep 0.05; done
                if [ "$PPID" = "$(cat '%1$s/worker')" ]; then
                  echo $$ >> '%2$s'
                  while :; do sleep 1; done
                fi
                %3$s""".formatted(dir, pids, EMPTY_TSV));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.testdata("html/004.html"), in.resolve("a.html"));
        Files.copy(Cli.testdata("office/004.docx"), in.resolve("b.docx"));
        Files.copy(Cli.testdata("scans/003-page.jpg"), in.resolve("c-scan.jpg"));
        Files.copy(Cli.testdata("office/003.xlsx"), in.resolve("d.xlsx"));
        Files.copy(Cli.testdata("office/004-noborder.pdf"), in.resolve("e.pdf"));
        Files.copy(Cli.testdata("scans/003-page.jpg"), in.resolve("z.jpg"));

        Process cli = command(engine, dir, "convert", in.toString(), "-o", dir.resolve("out").toString(), "--timeout", "30s", "-j", "2");
        assertTrue(cli.waitFor(5, TimeUnit.MINUTES), "the batch must end");
        assertEquals(1, cli.exitValue(), "one file failed: " + Files.readString(dir.resolve("cli.log")));

        JsonNode scan = Cli.read(dir.resolve("out/c-scan.json"));
        assertEquals("failed", scan.get("status").asText());
        assertEquals("转换超过时间限制（30秒），已停止处理该文件", scan.at("/findings/0/message").asText());
        assertSameReport(Cli.testdata("html/004.expected.json"), dir.resolve("out/a.json"));
        assertSameReport(Cli.testdata("office/004.docx.expected.json"), dir.resolve("out/b.json"));
        assertSameReport(Cli.testdata("office/003.xlsx.expected.json"), dir.resolve("out/d.json"));
        assertSameReport(Cli.testdata("office/004-noborder.pdf.expected.json"), dir.resolve("out/e.json"));

        // z.jpg's report is the one the same kind of engine gives for it converted on its own.
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Process single = command(engine(alone, "tesseract-answering", EMPTY_TSV), alone,
                "convert", in.resolve("z.jpg").toString(), "-o", alone.resolve("out").toString());
        assertTrue(single.waitFor(5, TimeUnit.MINUTES), "the single file must end");
        String reference = Files.readString(alone.resolve("out/z.json"));
        assertFalse(reference.contains("转换超过时间限制") || reference.contains("转换进程意外退出"), reference);
        assertSameReport(alone.resolve("out/z.json"), dir.resolve("out/z.json"));

        // Every engine started in the killed worker (the spinning one, those waiting beside it;
        // a picture may be read by several at once) is gone with it.
        List<String> engines = Files.readAllLines(pids);
        assertTrue(engines.size() >= 2, "engines: " + engines);
        for (String pid : engines) {
            assertFalse(running(Long.parseLong(pid.strip())), "engine " + pid + " is stopped");
        }
    }

    /** What the stand-in engines answer for a picture: Tesseract's TSV header, no words. */
    public static final String EMPTY_TSV =
            "printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n'\n";

    /**
     * Whether the process still runs. A killed engine whose worker died first is handed to the
     * system's init, which may take its time to reap it (some container inits never do): a
     * zombie has stopped, whatever ProcessHandle.isAlive says.
     */
    static boolean running(long pid) {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            try {
                String fields = Files.readString(stat);
                return fields.charAt(fields.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false; // gone
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Everything but the source (the copies have other names) as expected. */
    static void assertSameReport(Path expected, Path actual) {
        com.fasterxml.jackson.databind.node.ObjectNode want = (com.fasterxml.jackson.databind.node.ObjectNode) Cli.read(expected);
        com.fasterxml.jackson.databind.node.ObjectNode got = (com.fasterxml.jackson.databind.node.ObjectNode) Cli.read(actual);
        want.remove("source");
        got.remove("source");
        assertEquals(want, got, actual.toString());
    }

    /** A stand-in for tesseract that answers the version questions and reads pictures with {@code recognize}. */
    public static Path engine(Path dir, String name, String recognize) throws IOException {
        Path tessdata = Files.createDirectories(dir.resolve("tessdata"));
        Files.writeString(tessdata.resolve("chi_sim.traineddata"), "");
        Path script = dir.resolve(name);
        Files.writeString(script, """
                #!/bin/sh
                case "$1" in
                  --version) echo "tesseract 5.3.0"; exit 0 ;;
                  --list-langs) echo "List of available languages in \\"%s/\\" (1):"; echo chi_sim; exit 0 ;;
                esac
                """.formatted(tessdata) + recognize);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** The command line in a process of its own, with the stand-in engine in its environment. */
    public static Process command(Path engine, Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.xxgk.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile());
        builder.environment().put("XXGK_TESSERACT", engine.toString());
        builder.environment().put("TESSDATA_PREFIX", dir.resolve("tessdata").toString());
        return builder.start();
    }
}
