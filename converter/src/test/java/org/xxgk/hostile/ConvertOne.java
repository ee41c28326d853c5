package org.xxgk.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.model.Report;

/**
 * Converts one file and prints its status, first finding and time, for measuring a probe's
 * cost under {@code /usr/bin/time -v}:
 *
 *   java -Xmx768m -cp ... org.xxgk.hostile.ConvertOne FILE
 *   java -Xmx768m -cp ... org.xxgk.hostile.ConvertOne --write DIR   (writes every probe of {@link Bombs})
 */
public final class ConvertOne {

    private ConvertOne() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--write")) {
            Bombs.write(Path.of(args[1]));
            return;
        }
        Path file = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(file);
        long start = System.nanoTime();
        Report report = new Converter(Limits.DEFAULT, OcrMode.OFF).convert(bytes, file.getFileName().toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        String finding = report.findings().isEmpty() ? "" : report.findings().get(0).message();
        System.out.println(file.getFileName() + "\t" + bytes.length + " B\t" + report.status() + "\t" + ms + " ms\t" + finding);
    }
}
