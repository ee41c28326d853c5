package org.xxgk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.xxgk.extract.ocr.TesseractInstall;
import org.xxgk.align.Aligned;
import org.apache.tika.mime.MediaType;
import org.xxgk.align.Aligner;
import org.xxgk.container.Archive;
import org.xxgk.detect.MediaTypes;
import org.xxgk.detect.FormatDetector;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.Extractors;
import org.xxgk.grid.Block;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.model.SourceInfo;
import org.xxgk.model.Status;
import org.xxgk.validate.Validator;

/**
 * The whole pipeline for one document: detect → extract → align → validate. Never throws for a
 * bad document: what cannot be read comes back as a report with status failed and the reason.
 */
public final class Converter {

    private final FormatDetector detector = new FormatDetector();
    private final Limits limits;
    private final OcrMode ocrMode;
    private final Supplier<TesseractInstall.Lookup> ocrEngine;
    private final Extractors extractors;
    private final Aligner aligner = new Aligner();
    private final Validator validator = new Validator();

    public Converter() {
        this(Limits.DEFAULT);
    }

    public Converter(Limits limits) {
        this(limits, OcrMode.AUTO);
    }

    /** With OCR as given, by Tesseract if this machine has it. */
    public Converter(Limits limits, OcrMode ocrMode) {
        this(limits, ocrMode, Converter::installedTesseract);
    }

    /** With OCR by the engine {@code ocrEngine} finds (or the reason it finds none). */
    public Converter(Limits limits, OcrMode ocrMode, Supplier<TesseractInstall.Lookup> ocrEngine) {
        this.limits = limits;
        this.ocrMode = ocrMode;
        this.ocrEngine = ocrEngine;
        this.extractors = Extractors.standard(limits);
    }

    /** Tesseract on this machine, looked for once (it runs the program to ask its version). */
    public static TesseractInstall.Lookup installedTesseract() {
        return InstalledTesseract.LOOKUP;
    }

    private static final class InstalledTesseract {
        static final TesseractInstall.Lookup LOOKUP = TesseractInstall.locate();
    }

    public Report convert(Path file) throws IOException {
        return convert(Files.readAllBytes(file), file.getFileName().toString());
    }

    /**
     * What the file is, without reading it: its name, detected type and hash. A name of the form
     * archive!/path (a report inside a ZIP archive) keeps its path inside the archive.
     */
    public SourceInfo source(byte[] content, String fileName) {
        String name = safeName(fileName);
        return new SourceInfo(name, detector.detect(content, baseName(name)), sha256(content), null);
    }

    /**
     * True when the bytes are a ZIP archive of files: a ZIP that is no Office, OpenDocument or OFD
     * package and is not named as one (a broken .docx is a damaged document, not an archive).
     */
    public boolean isArchive(byte[] content, String fileName) {
        return FormatDetector.packageNamed(fileName) == null && MediaTypes.ZIP.equals(detector.detect(content, safeName(fileName)));
    }

    /**
     * Every report in a ZIP archive, converted one after another by {@code each} (the caller's own
     * conversion, with its time limit), each named archive!/path. An entry that cannot be read,
     * and an archive inside the archive (not opened: depth 1), is a failed report of its own; an
     * archive that cannot be opened at all is one failed report.
     */
    public List<Report> convertArchive(byte[] content, String fileName, java.util.function.BiFunction<byte[], String, Report> each) {
        return convertArchive(content, fileName, each, report -> report);
    }

    /**
     * The same, for a caller whose conversions give something else than a {@link Report} (the
     * JSON from a worker process): {@code failed} turns the archive's own failed reports into it.
     */
    public <T> List<T> convertArchive(byte[] content, String fileName, java.util.function.BiFunction<byte[], String, T> each,
                                      java.util.function.Function<Report, T> failed) {
        String archive = safeName(fileName);
        List<T> reports = new ArrayList<>();
        try {
            Archive.read(content, (path, bytes, unreadable) -> {
                String name = archive + "!/" + path;
                if (bytes == null) {
                    reports.add(failed.apply(Report.failed(new SourceInfo(name, MediaType.OCTET_STREAM.toString(), sha256(new byte[0]), null),
                            failure(Rules.UNREADABLE, unreadable))));
                } else if (isArchive(bytes, path)) {
                    reports.add(failed.apply(Report.failed(source(bytes, name), failure(Rules.UNSUPPORTED_FORMAT,
                            "压缩包中的压缩包不再展开，请先解压后再转换"))));
                } else {
                    reports.add(each.apply(bytes, name));
                }
            });
        } catch (java.io.IOException e) {
            reports.clear();
            reports.add(failed.apply(Report.failed(source(content, fileName), failure(Rules.UNREADABLE, e.getMessage()))));
        }
        if (reports.isEmpty()) {
            reports.add(failed.apply(Report.failed(source(content, fileName), failure(Rules.UNREADABLE, "压缩包中没有任何文件"))));
        }
        return reports;
    }

    public Report convert(byte[] content, String fileName) {
        SourceInfo source = source(content, fileName);
        String name = source.file();
        String mediaType = source.mediaType();
        if (isEmpty(content)) {
            return Report.failed(source, failure(Rules.UNREADABLE, "文件为空，没有可读取的内容"));
        }
        if (content.length > limits.maxBytes()) {
            return Report.failed(source, failure(Rules.UNREADABLE, "文件大小超过上限（" + limits.maxBytes() / (1024 * 1024)
                    + " MB），不像是一份年度报告"));
        }
        String packaged = FormatDetector.packageNamed(name);
        if (mediaType.equals(MediaTypes.ZIP) && packaged != null) {
            // A .docx (.xlsx, .odt, .ofd…) whose package cannot be opened: damaged, not a mere ZIP.
            return Report.failed(source, failure(Rules.UNREADABLE, packaged + "已损坏或不完整，无法读取"));
        }
        Optional<Extractor> extractor = extractors.forMediaType(mediaType);
        if (extractor.isEmpty()) {
            return Report.failed(source, failure(Rules.UNSUPPORTED_FORMAT,
                    "不支持的文件类型：" + FormatDetector.describe(mediaType) + "（" + mediaType + "）"));
        }
        ExtractedDocument document;
        try {
            document = extractor.get().extract(content);
        } catch (ExtractionException | LimitExceeded e) {
            return Report.failed(source, failure(Rules.UNREADABLE, e.getMessage()));
        } catch (OutOfMemoryError e) {
            return Report.failed(source, failure(Rules.UNREADABLE,
                    "该" + FormatDetector.describe(mediaType) + "内容过大，超出了可用内存，无法读取"));
        } catch (RuntimeException | StackOverflowError e) {
            return Report.failed(source, failure(Rules.UNREADABLE,
                    "无法读取该" + FormatDetector.describe(mediaType) + "：文件可能已损坏"));
        }
        source = new SourceInfo(name, mediaType, source.sha256(), document.pages());
        // Most readers count cells as they make them and stop at the limit; this counts the rest.
        if (document.tableCells() > limits.maxCells()) {
            return Report.failed(source, failure(Rules.UNREADABLE, CellBudget.message(limits.maxCells())));
        }
        PictureOcr.Result ocr = PictureOcr.apply(document, ocrMode, ocrEngine);
        document = ocr.document();
        if (!document.blocks().isEmpty() && document.blocks().stream().allMatch(Block.Image.class::isInstance)) {
            // A picture file, or a document of nothing but pictures, none of which could be read.
            return Report.failed(source, failure(Rules.UNREADABLE, "文件只有图片，无法读取其中的内容："
                    + (ocr.unread() != null ? ocr.unread() : "图片中未能识别出文字")));
        }
        Aligned aligned = aligner.align(document, ocr.unread());
        if (aligned.notAReport()) {
            return Report.failed(source, failure(Rules.NOT_A_REPORT, "文件中没有政府信息公开工作年度报告的任何部分（既没有六个部分的标题，"
                    + "也没有统计表格），不像是一份年度报告"));
        }
        List<Finding> findings = new ArrayList<>();
        for (String damage : document.damage()) {
            findings.add(Finding.warning(Rules.DAMAGED_SOURCE, "", damage));
        }
        findings.addAll(aligned.findings());
        findings.addAll(validator.validate(aligned.tables(), aligned.info().template(), aligned.narrative(), List.copyOf(findings)));
        return new Report(source, aligned.info(), aligned.tables(), aligned.narrative(), findings, Status.of(findings));
    }

    private static Finding failure(String rule, String message) {
        return new Finding(rule, Severity.ERROR, "", message, null, null);
    }

    /** The file name without any directory, whichever separator the caller's system uses. */
    static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "unnamed";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? "unnamed" : name;
    }

    /**
     * A name safe to show anywhere: the base name without control characters; for a report inside
     * an archive, the archive's base name, "!/" and the entry's safe path.
     */
    public static String safeName(String fileName) {
        int inside = fileName == null ? -1 : fileName.indexOf("!/");
        if (inside > 0) {
            String path = Archive.safePath(fileName.substring(inside + 2));
            return safeName(fileName.substring(0, inside)) + "!/" + (path.isEmpty() ? "unnamed" : path);
        }
        String name = baseName(fileName).codePoints()
                .filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name.isBlank() ? "unnamed" : name;
    }

    private static boolean isEmpty(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
