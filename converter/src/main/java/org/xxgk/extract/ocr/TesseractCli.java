package org.xxgk.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tesseract run as a separate program, one run for a whole list of pictures, its words read from
 * the TSV it prints. A separate process cannot crash or bloat the JVM, is killed when the
 * conversion's time limit interrupts the caller, and needs no native library of ours (see
 * docs/architecture.md). Long lists are split over as many runs as there are processors, each
 * held to one thread.
 */
public final class TesseractCli implements Ocr {

    /** No single run may take longer than this, even with no time limit set by the caller. */
    private static final long MAX_RUN_SECONDS = 600;
    /** Less ink than this (dark pixels) is not worth a second process: starting one costs about as much. */
    private static final long MIN_INK_PER_RUN = 150_000;
    /** What reading a picture costs besides its ink, in dark pixels' worth. */
    private static final long FIXED_COST = 2_000;
    private static final int MAX_RUNS = 4;

    /** What a value cell may hold: digits, a decimal point (money in 万元), a thousands separator. */
    private static final String DIGITS = "0123456789.,";

    private final TesseractInstall install;

    public TesseractCli(TesseractInstall install) {
        this.install = install;
    }

    public TesseractInstall install() {
        return install;
    }

    @Override
    public List<List<OcrWord>> read(List<BufferedImage> pictures, OcrPass pass) throws OcrException {
        if (pictures.isEmpty()) {
            return new ArrayList<>();
        }
        Path dir = null;
        List<Process> running = new ArrayList<>();
        try {
            dir = Files.createTempDirectory("xxgk-ocr");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < pictures.size(); i++) {
                Path image = dir.resolve(i + ".pgm");
                writePgm(pictures.get(i), image);
                files.add(image);
            }
            List<List<OcrWord>> words = new ArrayList<>(java.util.Collections.nCopies(pictures.size(), List.<OcrWord>of()));
            List<List<Integer>> pending = balanced(pictures);
            int restarts = 0;
            while (!pending.isEmpty()) {
                running.clear();
                for (int r = 0; r < pending.size(); r++) {
                    running.add(start(dir, r, pending.get(r).stream().map(files::get).toList(), pass));
                }
                List<List<Integer>> again = new ArrayList<>();
                for (int r = 0; r < running.size(); r++) {
                    Process process = running.get(r);
                    if (!process.waitFor(MAX_RUN_SECONDS, TimeUnit.SECONDS)) {
                        throw new OcrException("文字识别（Tesseract）运行时间过长，已停止");
                    }
                    List<Integer> run = pending.get(r);
                    List<List<OcrWord>> read = TsvWords.parse(Files.readString(dir.resolve("out" + r + ".tsv"), StandardCharsets.UTF_8),
                            run.size());
                    int done = run.size();
                    if (process.exitValue() != 0) {
                        // The engine died on one picture (it does, on some noise): that picture
                        // stays unread, the ones before it are read, the ones after go again.
                        String errors = Files.readString(dir.resolve("err" + r + ".txt"), StandardCharsets.UTF_8);
                        int failed = TsvWords.lastPage(errors);
                        if (failed < 0 || ++restarts > pictures.size()) {
                            throw new OcrException("文字识别（Tesseract）运行出错：" + firstLine(errors));
                        }
                        done = failed;
                        if (failed + 1 < run.size()) {
                            again.add(run.subList(failed + 1, run.size()));
                        }
                    }
                    for (int k = 0; k < done; k++) {
                        words.set(run.get(k), read.get(k));
                    }
                }
                pending = again;
            }
            return words;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("文字识别被中断");
        } catch (IOException e) {
            throw new OcrException("无法运行文字识别（Tesseract）：" + e.getMessage(), e);
        } finally {
            running.forEach(TesseractCli::kill);
            delete(dir);
        }
    }

    /**
     * The pictures split over as many runs as there are processors (at most {@value #MAX_RUNS}),
     * each getting about the same amount of ink to read (the work is in the text, not the paper):
     * the largest first, each to the run with least so far. Each run keeps the pictures' order.
     */
    private static List<List<Integer>> balanced(List<BufferedImage> pictures) {
        long[] ink = new long[pictures.size()];
        long total = 0;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = ink(pictures.get(i)) + FIXED_COST;
            total += ink[i];
        }
        int runs = (int) Math.max(1, Math.min(Math.min(MAX_RUNS, Runtime.getRuntime().availableProcessors()),
                Math.min(pictures.size(), total / MIN_INK_PER_RUN)));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ink.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(ink[b], ink[a]));
        List<List<Integer>> out = new ArrayList<>();
        long[] load = new long[runs];
        for (int r = 0; r < runs; r++) {
            out.add(new ArrayList<>());
        }
        for (int i : order) {
            int least = 0;
            for (int r = 1; r < runs; r++) {
                if (load[r] < load[least]) {
                    least = r;
                }
            }
            out.get(least).add(i);
            load[least] += ink[i];
        }
        out.forEach(run -> run.sort(Integer::compare));
        return out;
    }

    /** Dark pixels, counted on a sample of rows: how much there is to read. */
    private static long ink(BufferedImage picture) {
        long dark = 0;
        int step = Math.max(1, picture.getHeight() / 200);
        int bands = picture.getRaster().getNumBands();
        int[] row = new int[picture.getWidth() * bands];
        for (int y = 0; y < picture.getHeight(); y += step) {
            picture.getRaster().getPixels(0, y, picture.getWidth(), 1, row);
            for (int i = 0; i < row.length; i += bands) {
                dark += row[i] < 128 ? 1 : 0;
            }
        }
        return dark * step;
    }

    /** Starts one run over the listed pictures, its words to out{r}.tsv and its messages to err{r}.txt. */
    private Process start(Path dir, int r, List<Path> images, OcrPass pass) throws IOException {
        Path list = dir.resolve("list" + r + ".txt");
        Files.write(list, images.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(command(list, pass))
                .redirectOutput(dir.resolve("out" + r + ".tsv").toFile())
                .redirectError(dir.resolve("err" + r + ".txt").toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        return builder.start();
    }

    private List<String> command(Path list, OcrPass pass) {
        String language = pass == OcrPass.DIGITS || pass == OcrPass.DIGITS_WORD ? install.digitsLanguage() : TesseractInstall.LANGUAGE;
        List<String> command = new ArrayList<>(List.of(install.binary().toString(), list.toString(), "stdout",
                "--tessdata-dir", install.tessdata().toString(), "-l", language, "--dpi", "300"));
        switch (pass) {
            case TEXT -> command.addAll(List.of("--psm", "6"));
            // psm 7: one line; 13: a raw line, which the Chinese model reads lone digits better in.
            case DIGITS -> command.addAll(List.of("--psm", "7", "-c", "tessedit_char_whitelist=" + DIGITS));
            case DIGITS_CROSSCHECK -> command.addAll(List.of("--psm", "13", "-c", "tessedit_char_whitelist=" + DIGITS));
            case DIGITS_WORD -> command.addAll(List.of("--psm", "8", "-c", "tessedit_char_whitelist=" + DIGITS));
        }
        command.add("tsv");
        return command;
    }

    /**
     * Writes the picture as a grey-level PGM, which Tesseract reads as fast as it can be written
     * (no compression).
     */
    private static void writePgm(BufferedImage picture, Path file) throws IOException {
        BufferedImage gray = picture;
        if (picture.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(picture, 0, 0, null);
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            if (gray.getRaster().getDataBuffer() instanceof DataBufferByte bytes && gray.getRaster().getParent() == null
                    && bytes.getData().length == w * h) {
                out.write(bytes.getData());
            } else {
                byte[] row = new byte[w];
                for (int y = 0; y < h; y++) {
                    gray.getRaster().getDataElements(0, y, w, 1, row);
                    out.write(row);
                }
            }
        }
    }

    private static String firstLine(String errors) {
        return errors.lines().filter(l -> !l.isBlank()).filter(l -> !l.startsWith("Page ")).findFirst().orElse("未知错误");
    }

    private static void kill(Process process) {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
