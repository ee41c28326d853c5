package org.xxgk.extract.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Tesseract and its Simplified Chinese model are on this machine, found at run time: the
 * program from XXGK_TESSERACT, the PATH or the places installers put it; the model from
 * TESSDATA_PREFIX, the usual system folders or the folder the program itself reports.
 * Tesseract 4 or later is needed (its LSTM recogniser reads Chinese far better than the old one).
 */
public record TesseractInstall(Path binary, Path tessdata, String version) {

    /** The model for digit-only passes: English where installed (it reads lone digits better), else Chinese. */
    public String digitsLanguage() {
        return Files.isRegularFile(tessdata.resolve("eng.traineddata")) ? "eng" : LANGUAGE;
    }

    static final String LANGUAGE = "chi_sim";
    private static final String MODEL = LANGUAGE + ".traineddata";
    private static final Pattern VERSION = Pattern.compile("tesseract\\s+v?(\\d+)\\.(\\d+)\\S*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGS_DIR = Pattern.compile("\"([^\"]+)\"");

    /** How to add OCR, for messages to users. */
    public static final String HOW_TO_INSTALL = "安装方法：Debian/Ubuntu 运行 sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim；"
            + "macOS 运行 brew install tesseract tesseract-lang；Windows 安装 UB Mannheim 版 Tesseract"
            + "（https://github.com/UB-Mannheim/tesseract/wiki），安装时勾选 Chinese (Simplified)。"
            + "程序不在 PATH 中时，可用环境变量 XXGK_TESSERACT 指明 tesseract 程序的位置，用 TESSDATA_PREFIX 指明语言模型所在的文件夹";

    /** What was found: an install, or why there is none (a message for users, in Chinese). */
    public record Lookup(TesseractInstall install, String problem) {
    }

    /** Looks on this machine, with its environment variables. */
    public static Lookup locate() {
        return locate(System.getenv());
    }

    static Lookup locate(Map<String, String> env) {
        Path binary = binary(env);
        if (binary == null) {
            return new Lookup(null, "未安装文字识别引擎 Tesseract，无法识别图片中的表格。" + HOW_TO_INSTALL);
        }
        String version;
        try {
            version = run(binary, "--version");
        } catch (IOException e) {
            return new Lookup(null, "无法运行文字识别引擎 Tesseract（" + binary + "）：" + e.getMessage() + "。" + HOW_TO_INSTALL);
        }
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            return new Lookup(null, "无法识别 Tesseract 的版本（" + binary + "）。" + HOW_TO_INSTALL);
        }
        if (Integer.parseInt(m.group(1)) < 4) {
            return new Lookup(null, "Tesseract 版本过旧（" + m.group(1) + "." + m.group(2) + "），需要 4 或更高版本（建议 5）。" + HOW_TO_INSTALL);
        }
        Path tessdata = tessdata(env, binary);
        if (tessdata == null) {
            return new Lookup(null, "已安装 Tesseract，但缺少简体中文模型 chi_sim（" + MODEL + "）。" + HOW_TO_INSTALL);
        }
        return new Lookup(new TesseractInstall(binary, tessdata, m.group(1) + "." + m.group(2)), null);
    }

    private static Path binary(Map<String, String> env) {
        String explicit = env.get("XXGK_TESSERACT");
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit.strip());
            return Files.isRegularFile(p) ? p : null;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String name = windows ? "tesseract.exe" : "tesseract";
        List<Path> places = new ArrayList<>();
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                places.add(Path.of(dir.strip()).resolve(name));
            }
        }
        if (windows) {
            places.add(Path.of("C:\\Program Files\\Tesseract-OCR\\tesseract.exe"));
            places.add(Path.of("C:\\Program Files (x86)\\Tesseract-OCR\\tesseract.exe"));
            String local = env.get("LOCALAPPDATA");
            if (local != null) {
                places.add(Path.of(local, "Programs", "Tesseract-OCR", "tesseract.exe"));
            }
        } else {
            places.addAll(List.of(Path.of("/usr/bin/tesseract"), Path.of("/usr/local/bin/tesseract"),
                    Path.of("/opt/homebrew/bin/tesseract"), Path.of("/opt/local/bin/tesseract")));
        }
        return places.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst().orElse(null);
    }

    private static Path tessdata(Map<String, String> env, Path binary) {
        List<Path> places = new ArrayList<>();
        String prefix = env.get("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            places.add(Path.of(prefix.strip()));
            places.add(Path.of(prefix.strip(), "tessdata"));
        }
        for (String dir : List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata", "/opt/local/share/tessdata")) {
            places.add(Path.of(dir));
        }
        Path home = binary.toAbsolutePath().getParent();
        if (home != null) {
            places.add(home.resolve("tessdata"));
            if (home.getParent() != null) {
                places.add(home.getParent().resolve("share").resolve("tessdata"));
            }
        }
        for (Path p : places) {
            if (Files.isRegularFile(p.resolve(MODEL))) {
                return p;
            }
        }
        // Last, the folder the program itself uses (it says so when listing its languages).
        try {
            Matcher m = LANGS_DIR.matcher(run(binary, "--list-langs"));
            if (m.find() && Files.isRegularFile(Path.of(m.group(1)).resolve(MODEL))) {
                return Path.of(m.group(1));
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // no usable answer: no model
        }
        return null;
    }

    /** The program's output (standard output and error together) for a quick informational call. */
    private static String run(Path binary, String argument) throws IOException {
        Process process = new ProcessBuilder(binary.toString(), argument).redirectErrorStream(true).start();
        try {
            byte[] out = process.getInputStream().readNBytes(64 * 1024);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IOException("no answer within 20 s");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            process.destroyForcibly();
        }
    }
}
