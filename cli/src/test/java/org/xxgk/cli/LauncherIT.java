package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real ./xxgk launcher, as a user would, against the jar this build packaged. */
class LauncherIT {

    private record Result(int code, String out, String err) {
    }

    private static Result launch(Path workDir, String... args) throws IOException, InterruptedException {
        return launch(workDir, java.util.Map.of(), args);
    }

    private static Result launch(Path workDir, java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Cli.repo().resolve("xxgk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // A bare POSIX locale, as in many CI jobs and cron tasks: Chinese must still come through.
        builder.environment().remove("LC_ALL");
        builder.environment().put("LANG", "C");
        builder.environment().remove("XXGK_JAVA_OPTS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void convertPrintsOnlyJsonOnStdout(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("石泉县 2023 年报.txt");
        Files.copy(Cli.testdata("html/004.html"), input);
        Result result = launch(dir, "convert", input.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        var doc = Cli.parse(result.out());
        assertEquals("石泉县 2023 年报.txt", doc.at("/source/file").asText());
        assertEquals("石泉县人民政府", doc.at("/report/issuer").asText());
        assertEquals(28364, doc.at("/active_disclosure/licensing/decisions").asInt());
    }

    /**
     * One file runs with a class-data archive for its kind of file, made by the first run that
     * converts such a file: the run that makes it and the runs that use it print the same JSON
     * and nothing else.
     */
    @Test
    void eachKindOfFileGetsItsOwnClassArchive(@TempDir Path dir) throws Exception {
        Path target = Cli.repo().resolve("cli/target");
        Files.deleteIfExists(target.resolve("xxgk-web.jsa"));
        Files.deleteIfExists(target.resolve("xxgk-pdf.jsa"));
        Path page = Files.copy(Cli.testdata("html/004.html"), dir.resolve("年报.html"));
        Path pdf = Files.copy(Cli.testdata("office/004.pdf"), dir.resolve("年报.PDF"));

        Result making = launch(dir, "convert", page.toString());
        assertEquals(0, making.code(), making.err());
        assertEquals("", making.err());
        assertTrue(Files.isRegularFile(target.resolve("xxgk-web.jsa")), "the web page's archive");
        assertFalse(Files.exists(target.resolve("xxgk-pdf.jsa")), "no PDF archive before a PDF");
        Result using = launch(dir, "convert", page.toString());
        assertEquals("", using.err());
        assertEquals(making.out(), using.out());
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"), Cli.parse(using.out()).get("applications"));

        Result pdfMaking = launch(dir, "convert", pdf.toString());
        assertEquals("", pdfMaking.err());
        assertTrue(Files.isRegularFile(target.resolve("xxgk-pdf.jsa")), "the PDF's archive, by the name's extension in any case");
        Result pdfUsing = launch(dir, "convert", pdf.toString());
        assertEquals("", pdfUsing.err());
        assertEquals(pdfMaking.out(), pdfUsing.out());
        assertEquals(Cli.read(Cli.testdata("office/004.pdf.expected.json")).get("applications"), Cli.parse(pdfUsing.out()).get("applications"));
    }

    /**
     * A kind's archive is kept only from a run that converted its file: a first file that fails
     * early (here an empty "PDF") would leave an archive without most of the classes the next
     * PDFs need, for good. It leaves none, and nothing half written; the next good file makes it.
     */
    @Test
    void aFailedFileLeavesNoClassArchive(@TempDir Path dir) throws Exception {
        Path target = Cli.repo().resolve("cli/target");
        Files.deleteIfExists(target.resolve("xxgk-pdf.jsa"));
        Path empty = Files.write(dir.resolve("空.pdf"), new byte[0]);
        Path pdf = Files.copy(Cli.testdata("office/004.pdf"), dir.resolve("年报.pdf"));

        Result failed = launch(dir, "convert", empty.toString());
        assertEquals(1, failed.code(), failed.err());
        assertEquals("failed", Cli.parse(failed.out()).get("status").asText());
        assertFalse(Files.exists(target.resolve("xxgk-pdf.jsa")), "no archive from a failed file");
        try (var half = Files.newDirectoryStream(target, "xxgk-pdf.jsa.*")) {
            assertFalse(half.iterator().hasNext(), "nothing left half written");
        }

        Result making = launch(dir, "convert", pdf.toString());
        assertEquals(0, making.code(), making.err());
        assertEquals("", making.err());
        assertTrue(Files.isRegularFile(target.resolve("xxgk-pdf.jsa")), "the archive from the first good PDF");
        assertEquals(Cli.read(Cli.testdata("office/004.pdf.expected.json")).get("applications"), Cli.parse(making.out()).get("applications"));
    }

    /**
     * The run that makes a kind's archive waits for Java instead of becoming it, so a signal to
     * the launcher must reach Java: here a scan whose stand-in OCR engine never answers, so the
     * run is still converting when the launcher is told to stop. Java stops with it, and leaves
     * no archive.
     */
    @Test
    void theRunThatMakesAnArchivePassesASignalOnToJava(@TempDir Path dir) throws Exception {
        Path target = Cli.repo().resolve("cli/target");
        Files.deleteIfExists(target.resolve("xxgk-picture.jsa"));
        Path engines = dir.resolve("engines.pid");
        Path engine = org.xxgk.cli.limits.TimeLimitTest.engine(dir, "tesseract-never-answering",
                "echo $$ >> '" + engines + "'\nwhile :; do sleep 1; done\n");
        Path scan = Files.copy(Cli.testdata("scans/003-page.jpg"), dir.resolve("扫描件.jpg"));
        ProcessBuilder builder = new ProcessBuilder("bash", Cli.repo().resolve("xxgk").toString(), "convert", scan.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile());
        builder.environment().remove("XXGK_JAVA_OPTS");
        builder.environment().put("XXGK_TESSERACT", engine.toString());
        builder.environment().put("TESSDATA_PREFIX", dir.resolve("tessdata").toString());
        Process launcher = builder.start();
        try {
            for (int i = 0; i < 3000 && !Files.exists(engines) && launcher.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(engines), "the engine was asked: " + Files.readString(dir.resolve("run.log")));
            List<ProcessHandle> java = launcher.toHandle().children().toList();
            assertEquals(1, java.size(), "Java runs as the launcher's child");

            launcher.destroy(); // SIGTERM to the launcher alone
            assertTrue(launcher.waitFor(5, TimeUnit.MINUTES), "the launcher ends");
            assertEquals(143, launcher.exitValue());
            assertTrue(java.get(0).onExit().get(5, TimeUnit.MINUTES) != null);
            assertFalse(java.get(0).isAlive(), "Java stopped with it");
            assertFalse(Files.exists(target.resolve("xxgk-picture.jsa")), "no archive from a stopped run");
            try (var half = Files.newDirectoryStream(target, "xxgk-picture.jsa.*")) {
                assertFalse(half.iterator().hasNext(), "nothing left half written");
            }
        } finally {
            launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            if (Files.exists(engines)) {
                for (String pid : Files.readAllLines(engines)) {
                    ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }

    /**
     * A batch's own process and its workers have archives of their own, made by the first batch
     * (the workers' by the worker as it ends, moved into place whole, with the classes of every
     * kind of file, not only of the batch's): the batch that makes them and the one that uses them
     * write the same files and say nothing else.
     */
    @Test
    void aBatchAndItsWorkersGetClassArchivesOfTheirOwn(@TempDir Path dir) throws Exception {
        Path target = Cli.repo().resolve("cli/target");
        Files.deleteIfExists(target.resolve("xxgk-batch.jsa"));
        Files.deleteIfExists(target.resolve("xxgk-worker.jsa"));
        Path folder = Files.createDirectories(dir.resolve("年报"));
        Files.copy(Cli.testdata("html/004.html"), folder.resolve("网页.html"));
        Files.copy(Cli.testdata("office/004.docx"), folder.resolve("文档.docx"));

        Result making = launch(dir, "convert", folder.toString(), "-o", dir.resolve("first").toString(), "-q");
        assertEquals(0, making.code(), making.err());
        assertEquals("", making.err());
        assertTrue(Files.isRegularFile(target.resolve("xxgk-batch.jsa")), "the batch's archive");
        assertTrue(Files.isRegularFile(target.resolve("xxgk-worker.jsa")), "the workers' archive");
        try (var half = Files.newDirectoryStream(target, "xxgk-worker.jsa.*.tmp")) {
            assertFalse(half.iterator().hasNext(), "nothing left half written");
        }
        String archived = archivedClasses(target.resolve("xxgk-worker.jsa"), target.resolve("xxgk.jar"));
        for (String kind : List.of("org.apache.poi.xwpf.usermodel.XWPFDocument", "org.xxgk.extract.html.HtmlExtractor",
                "org.apache.pdfbox.pdmodel.PDDocument", "org.apache.poi.hssf.usermodel.HSSFWorkbook",
                "org.apache.poi.xssf.usermodel.XSSFWorkbook", "org.xxgk.extract.text.TextDumpExtractor")) {
            assertTrue(archived.contains(" " + kind + " "), kind + " in the workers' archive");
        }
        Result using = launch(dir, "convert", folder.toString(), "-o", dir.resolve("second").toString(), "-q");
        assertEquals(0, using.code(), using.err());
        assertEquals("", using.err());
        for (var expected : java.util.Map.of("网页", "html/004.expected.json", "文档", "office/004.docx.expected.json").entrySet()) {
            String first = Files.readString(dir.resolve("first").resolve(expected.getKey() + ".json"));
            assertEquals(first, Files.readString(dir.resolve("second").resolve(expected.getKey() + ".json")), expected.getKey());
            assertEquals(Cli.read(Cli.testdata(expected.getValue())).get("applications"), Cli.parse(first).get("applications"), expected.getKey());
        }
    }

    /** The classes a class-data archive holds, as the JVM lists them (one per line: "N: NAME LOADER"). */
    private static String archivedClasses(Path archive, Path jar) throws IOException, InterruptedException {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit", "-XX:+PrintSharedDictionary",
                "-cp", jar.toString()).redirectErrorStream(true).start();
        String listed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), listed);
        return listed;
    }

    /** XXGK_JAVA_OPTS overrides the one-file settings, C2 included (which needs two compiler threads). */
    @Test
    void javaOptionsOverrideTheOneFileSettings(@TempDir Path dir) throws Exception {
        Path page = Files.copy(Cli.testdata("html/004.html"), dir.resolve("年报.html"));
        Result result = launch(dir, java.util.Map.of("XXGK_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "convert", page.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().matches("(?s).*intx TieredStopAtLevel += 4 .*"), "C2 is back");
        String json = result.out().substring(result.out().indexOf("{\n"));
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"), Cli.parse(json).get("applications"));
    }

    /**
     * The launcher asks for transparent huge pages where this machine's Linux gives them on request
     * or always, and not where they are off; either way the JVM says nothing about them.
     */
    @Test
    void hugePagesAreAskedForWhereTheKernelGivesThem(@TempDir Path dir) throws Exception {
        Path page = Files.copy(Cli.testdata("html/004.html"), dir.resolve("年报.html"));
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(setting) && Files.readString(setting).matches("(?s).*\\[(always|madvise)\\].*");
        Result result = launch(dir, java.util.Map.of("XXGK_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "convert", page.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().matches("(?s).*bool UseTransparentHugePages += " + offered + " .*"), "asked for: " + offered);
    }

    /**
     * A PDF is known by its signature: its run never reads Tika's type database (330 KB of XML, the
     * longest wait of a fresh JVM's PDF), which a web page's run does.
     */
    @Test
    void aPdfRunNeverReadsTikasTypeDatabase(@TempDir Path dir) throws Exception {
        for (var file : java.util.Map.of("office/004.pdf", false, "html/004.html", true).entrySet()) {
            Path log = dir.resolve("classes-" + file.getValue() + ".txt");
            Result result = launch(dir, java.util.Map.of("XXGK_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                    "convert", Cli.testdata(file.getKey()).toString());
            assertEquals(0, result.code(), result.err());
            assertEquals(Cli.read(Cli.testdata(file.getKey().replace(".html", "") + ".expected.json")).get("applications"),
                    Cli.parse(result.out()).get("applications"), file.getKey());
            String loaded = Files.readString(log);
            assertEquals(file.getValue(), loaded.contains(" org.apache.tika.mime.MimeTypes "), file.getKey());
        }
    }

    /** A small heap of the user's: standard output still holds the JSON alone (no JVM warning about the young generation). */
    @Test
    void aSmallHeapOfTheUsersLeavesStandardOutputToTheJson(@TempDir Path dir) throws Exception {
        Path page = Files.copy(Cli.testdata("html/004.html"), dir.resolve("年报.html"));
        Result result = launch(dir, java.util.Map.of("XXGK_JAVA_OPTS", "-Xmx40m"), "convert", page.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("{"), result.out().substring(0, Math.min(200, result.out().length())));
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"), Cli.parse(result.out()).get("applications"));
    }

    /**
     * The JVM's own warnings go to standard error, not into the JSON: by default the JVM writes
     * them to standard output. Large pages asked for where none are set up (as on this kind of
     * machine) make it warn; where they are, standard error is simply empty.
     */
    @Test
    void theJvmsOwnWarningsStayOutOfTheJson(@TempDir Path dir) throws Exception {
        Path page = Files.copy(Cli.testdata("html/004.html"), dir.resolve("年报.html"));
        for (int run = 0; run < 2; run++) { // the run that makes the archive, and one that uses it
            Result result = launch(dir, java.util.Map.of("XXGK_JAVA_OPTS", "-XX:+UseLargePages"), "convert", page.toString());
            assertEquals(0, result.code(), result.err());
            assertTrue(result.out().startsWith("{"), result.out().substring(0, Math.min(200, result.out().length())));
            assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"), Cli.parse(result.out()).get("applications"));
            assertTrue(result.err().isEmpty() || result.err().contains("[warning][pagesize]"), result.err());
        }
    }

    @Test
    void usageErrorExitsTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, launch(dir, "convert").code());
    }
}
