package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xxgk.Converter;
import org.xxgk.model.Report;
import org.xxgk.model.Status;
import org.xxgk.write.ReportJson;

/**
 * One run of {@code xxgk convert}: converts each file, prints or writes its JSON, and returns
 * 0 when every file converted (ok, inconsistent or incomplete) and 1 when any failed.
 */
final class ConvertRun {

    private final ConvertOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Converter converter = new Converter();

    ConvertRun(ConvertOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int call() {
        boolean anyFailed = false;
        List<String> documents = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Path file : options.files) {
            Report report;
            try {
                report = converter.convert(file);
            } catch (NoSuchFileException e) {
                err.println("xxgk: 找不到文件 " + file);
                anyFailed = true;
                continue;
            } catch (IOException e) {
                err.println("xxgk: 无法读取文件 " + file + "（" + e.getMessage() + "）");
                anyFailed = true;
                continue;
            }
            anyFailed |= report.status() == Status.FAILED;
            String json = ReportJson.write(report);
            if (options.outputDir == null) {
                documents.add(json);
            } else {
                Path target = options.outputDir.resolve(OutputNames.jsonName(file, written));
                try {
                    AtomicFiles.write(target, json);
                } catch (IOException e) {
                    err.println("xxgk: 无法写入 " + target + "（" + e.getMessage() + "）");
                    anyFailed = true;
                    continue;
                }
            }
            if (report.status() == Status.FAILED) {
                err.println("xxgk: " + file + " 转换失败：" + report.findings().get(0).message());
            }
        }
        printDocuments(documents);
        return anyFailed ? 1 : 0;
    }

    /** One document as it is; several as a JSON array of documents. */
    private void printDocuments(List<String> documents) {
        if (documents.isEmpty()) {
            return;
        }
        if (documents.size() == 1) {
            out.print(documents.get(0));
        } else {
            out.print("[\n");
            for (int i = 0; i < documents.size(); i++) {
                out.print(documents.get(i).stripTrailing());
                out.print(i + 1 < documents.size() ? ",\n" : "\n");
            }
            out.print("]\n");
        }
        out.flush();
    }
}
