package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xxgk.cli.Cli;

/**
 * The upload page in a real headless Chromium (Debian's chromium and chromium-driver): files
 * dropped on the page show their tables with the right values, the broken outcome total of
 * seed 000 is highlighted with its message, and the JSON and Excel downloads work. Over the
 * drop, a bar counts the statuses and links to the cards; cards fold; at 390 px the tables scroll
 * inside their cards and the page itself never scrolls sideways.
 */
class WebPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,2000", "--lang=zh-CN");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Drops files on the page's drop zone as a person would: a drop event carrying them. */
    private static void drop(ChromeDriver driver, List<Path> files) {
        JavascriptExecutor js = driver;
        WebElement input = (WebElement) js.executeScript(
                "const i = document.createElement('input'); i.type = 'file'; i.multiple = true; i.id = 'test-files';"
                        + "i.style.display = 'none'; document.body.append(i); return i;");
        input.sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
        js.executeScript("const files = document.getElementById('test-files').files; const data = new DataTransfer();"
                + "for (const f of files) data.items.add(f);"
                + "document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));");
    }

    private static Path waitForFile(Path dir, String suffix) throws InterruptedException, java.io.IOException {
        // Up to two minutes: the first workbook loads POI and measures fonts, 15 s on a loaded machine.
        for (int i = 0; i < 1200; i++) {
            try (var files = Files.list(dir)) {
                var found = files.filter(p -> p.toString().endsWith(suffix) && !p.toString().endsWith(".crdownload")).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + dir);
    }

    /** The bar over the drop: the count of each status, and one link per card that leads to it. */
    private static void summaryBar(ChromeDriver driver, Map<String, Integer> counts, int files) {
        WebElement bar = driver.findElement(By.id("summary"));
        assertTrue(bar.isDisplayed());
        assertTrue(bar.getText().startsWith("共 " + files + " 份："), bar.getText());
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            WebElement span = bar.findElement(By.cssSelector(".count[data-status='" + count.getKey() + "']"));
            assertEquals(String.valueOf(count.getValue()), span.findElement(By.tagName("b")).getText(), count.getKey());
        }
        assertEquals("正常 3", bar.findElement(By.cssSelector(".count[data-status='ok']")).getText());
        List<WebElement> cards = driver.findElements(By.cssSelector("article.report"));
        List<WebElement> links = bar.findElements(By.cssSelector(".links a"));
        assertEquals(cards.size(), links.size());
        for (int i = 0; i < cards.size(); i++) {
            assertEquals("#" + cards.get(i).getAttribute("id"), links.get(i).getAttribute("href").replaceAll("^[^#]*", ""));
            assertEquals(cards.get(i).getAttribute("data-file"), links.get(i).getText());
            assertEquals(cards.get(i).getAttribute("data-status"), links.get(i).getAttribute("class"));
        }
    }

    /** A card folds to its heading, and its link in the bar unfolds it and brings it into view. */
    private static void folding(ChromeDriver driver, WebElement card) {
        WebElement table = card.findElement(By.id("applications"));
        assertTrue(table.isDisplayed());
        card.findElement(By.cssSelector("details.fold > summary")).click();
        assertTrue(!table.isDisplayed(), "a folded card hides its tables");
        assertTrue(card.findElement(By.cssSelector(".badge")).isDisplayed(), "a folded card keeps its heading");
        driver.executeScript("window.scrollTo(0, 0)");
        driver.findElement(By.cssSelector("#summary a[href='#" + card.getAttribute("id") + "']")).click();
        assertTrue(table.isDisplayed(), "the bar's link unfolds its card");
        Number top = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", card);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 50, "the card is scrolled to the top, at " + top);
    }

    /**
     * At a given width: the page never scrolls sideways, every card fits the screen, and the
     * applications table (684 px wide) scrolls inside its card where the card is narrower.
     */
    private static void layout(ChromeDriver driver, int width, WebElement card, boolean narrow) throws Exception {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", narrow));
        driver.executeScript("window.scrollTo(0, 0)");
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) driver.executeScript(
                "const card = arguments[0]; const box = card.querySelector('#applications').parentElement;"
                        + "const c = card.getBoundingClientRect(), b = box.getBoundingClientRect();"
                        + "const widest = Math.max(...[...document.querySelectorAll('article.report')].map(a => a.getBoundingClientRect().right));"
                        + "box.scrollLeft = 100;"
                        + "return {inner: window.innerWidth, page: document.documentElement.scrollWidth, widest: widest,"
                        + " cardLeft: c.left, cardRight: c.right, boxLeft: b.left, boxRight: b.right,"
                        + " tableWidth: box.scrollWidth, boxWidth: box.clientWidth, scrolled: box.scrollLeft};", card);
        double inner = ((Number) facts.get("inner")).doubleValue();
        assertEquals(width, inner, 0.5, facts.toString());
        assertTrue(((Number) facts.get("page")).doubleValue() <= inner, "the page scrolls sideways: " + facts);
        assertTrue(((Number) facts.get("widest")).doubleValue() <= inner, "a card is wider than the screen: " + facts);
        assertTrue(((Number) facts.get("boxLeft")).doubleValue() >= ((Number) facts.get("cardLeft")).doubleValue(), facts.toString());
        assertTrue(((Number) facts.get("boxRight")).doubleValue() <= ((Number) facts.get("cardRight")).doubleValue(), facts.toString());
        if (narrow) {
            assertTrue(((Number) facts.get("tableWidth")).doubleValue() > ((Number) facts.get("boxWidth")).doubleValue(), facts.toString());
            assertEquals(100, ((Number) facts.get("scrolled")).doubleValue(), 0.5, "the table scrolls inside its card: " + facts);
        } else {
            assertEquals(((Number) facts.get("boxWidth")).doubleValue(), ((Number) facts.get("tableWidth")).doubleValue(), 0.5, facts.toString());
            assertEquals(0, ((Number) facts.get("scrolled")).doubleValue(), 0.5, facts.toString());
        }
        for (WebElement badge : driver.findElements(By.cssSelector(".badge"))) {
            assertTrue(badge.getText().matches("[\\p{IsHan}…]+"), "a badge in Chinese only: " + badge.getText());
        }
        driver.executeScript("arguments[0].querySelector('#applications').parentElement.scrollLeft = 0", card);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Cli.repo().resolve("cli/target/webpage-" + width + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens 查看原文 for a value and waits until the panel shows {@code ready}. */
    private static void openSource(ChromeDriver driver, WebElement clicked, String ready) {
        clicked.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#source " + ready)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the panel shows no " + ready + ":\n" + driver.findElement(By.id("source")).getText(), e);
        }
    }

    private static double number(Map<String, Object> facts, String key) {
        return ((Number) facts.get(key)).doubleValue();
    }

    /** The highlight's edges, in the provenance's unit, lie within half a unit of the value's box. */
    @SuppressWarnings("unchecked")
    private static void assertHighlightOn(Map<String, Object> facts) {
        List<Number> box = (List<Number>) facts.get("box");
        assertEquals(box.get(0).doubleValue(), number(facts, "x0"), 0.5, facts.toString());
        assertEquals(box.get(1).doubleValue(), number(facts, "y0"), 0.5, facts.toString());
        assertEquals(box.get(2).doubleValue(), number(facts, "x1"), 0.5, facts.toString());
        assertEquals(box.get(3).doubleValue(), number(facts, "y1"), 0.5, facts.toString());
    }

    /**
     * What the panel shows for a value drawn as a picture (a page the server drew, a dropped
     * picture): the highlight's edges in the provenance's unit, the picture's sizes, the dark
     * pixels inside the value's box ({@code pixelsPerUnit} picture pixels to a box unit), and the
     * value's provenance.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pictureFacts(ChromeDriver driver, WebElement card, String path, int pixelsPerUnit) {
        return (Map<String, Object>) driver.executeScript(
                "const box = document.querySelector('#source .sheet .box'), sheet = box.parentElement, img = sheet.querySelector('img');"
                        + "const b = box.getBoundingClientRect(), i = img.getBoundingClientRect(), scale = Number(sheet.dataset.scale);"
                        + "const canvas = document.createElement('canvas'); canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;"
                        + "const g = canvas.getContext('2d'); g.drawImage(img, 0, 0);"
                        + "const at = arguments[0].doc.provenance[arguments[1]], k = arguments[2];"
                        + "const pixels = g.getImageData(at.box[0] * k, at.box[1] * k, (at.box[2] - at.box[0]) * k, (at.box[3] - at.box[1]) * k).data;"
                        + "let ink = 0; for (let p = 0; p < pixels.length; p += 4) if (pixels[p] < 100) ink++;"
                        + "return {x0: (b.left - i.left) / scale, y0: (b.top - i.top) / scale, x1: (b.right - i.left) / scale, y1: (b.bottom - i.top) / scale,"
                        + " natural: img.naturalWidth, shown: i.width / scale, src: img.src, ink, page: at.page, unit: at.unit, raw: at.raw, box: at.box,"
                        + " confidence: at.ocr_confidence, where: document.querySelector('#source .where').innerText};", card, path, pixelsPerUnit);
    }

    /**
     * A PDF value: the panel draws its page with pdf.js from the dropped file, and the highlight
     * sits where provenance says, scrolled into view, over ink that the page has there; the
     * PDF's own text positions (PDFBox) put the value's digits inside that box.
     */
    @SuppressWarnings("unchecked")
    private static void sourceOfPdfValue(ChromeDriver driver, WebElement card, Path pdf, boolean corpus) throws Exception {
        String path = "/applications/new_received/total";
        openSource(driver, card.findElement(By.cssSelector("td[data-path='" + path + "']")), ".sheet .box");
        Map<String, Object> facts = (Map<String, Object>) driver.executeScript(
                "const box = document.querySelector('#source .sheet .box'), sheet = box.parentElement, canvas = sheet.querySelector('canvas');"
                        + "const b = box.getBoundingClientRect(), c = canvas.getBoundingClientRect(), v = document.querySelector('#source .view').getBoundingClientRect();"
                        + "const scale = Number(sheet.dataset.scale);"
                        + "const pixels = canvas.getContext('2d').getImageData(b.left - c.left, b.top - c.top, b.width, b.height).data;"
                        + "let ink = 0; for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) ink++;"
                        + "const at = arguments[0].doc.provenance[arguments[1]];"
                        + "return {scale, x0: (b.left - c.left) / scale, y0: (b.top - c.top) / scale, x1: (b.right - c.left) / scale, y1: (b.bottom - c.top) / scale,"
                        + " pageWidth: canvas.width / scale, pageHeight: canvas.height / scale, ink,"
                        + " visible: b.top >= v.top && b.bottom <= v.bottom && b.left >= v.left && b.right <= v.right,"
                        + " page: at.page, box: at.box, unit: at.unit, raw: at.raw, where: document.querySelector('#source .where').innerText};",
                card, path);
        List<Number> box = (List<Number>) facts.get("box");
        assertEquals("pt", facts.get("unit"));
        assertHighlightOn(facts);
        assertTrue((Boolean) facts.get("visible"), "the box is scrolled into view: " + facts);
        assertTrue(number(facts, "ink") > 20, "pdf.js drew the value inside the box: " + facts);
        int page = ((Number) facts.get("page")).intValue();
        String raw = (String) facts.get("raw");
        assertTrue(facts.get("where").toString().contains("第" + page + "页　原文：" + raw), facts.toString());
        if (corpus) {
            assertEquals(4, page);
            assertEquals("3119", raw);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.pdmodel.common.PDRectangle size = document.getPage(page - 1).getCropBox();
            assertEquals(size.getWidth(), number(facts, "pageWidth"), 1.0, "the whole page is drawn");
            assertEquals(size.getHeight(), number(facts, "pageHeight"), 1.0, "the whole page is drawn");
            assertTrue(PrintedText.inside(document, page, raw, box.stream().mapToDouble(Number::doubleValue).toArray()),
                    "the PDF prints " + raw + " inside " + box);
        }
    }

    /**
     * An OFD value: the browser cannot draw OFD, so the server draws the page (2 px per point) from
     * the file the page sends again, and the highlight sits where provenance says, over the value.
     */
    private static void sourceOfOfdValue(ChromeDriver driver, WebElement card) {
        String path = "/active_disclosure/regulations/repealed";
        openSource(driver, card.findElement(By.cssSelector("td[data-path='" + path + "']")), ".sheet img + .box");
        Map<String, Object> facts = pictureFacts(driver, card, path, 2);
        assertEquals(2, ((Number) facts.get("page")).intValue());
        assertEquals("0", facts.get("raw"));
        assertHighlightOn(facts);
        assertEquals(1191, number(facts, "natural"), 1, "an A4 page (595.3 pt) at 2 px per point");
        assertEquals(595.3, number(facts, "shown"), 1, "the whole page is shown");
        assertTrue(number(facts, "ink") > 20, "the value is drawn inside its box: " + facts);
    }

    /**
     * A value read by OCR from a picture: the panel shows the dropped picture itself (no request
     * to the server), its box in the picture's pixels highlighted over the value, with the OCR
     * confidence.
     */
    private static void sourceOfPictureValue(ChromeDriver driver, WebElement card, int width) {
        String path = "/applications/new_received/natural_person";
        WebElement value = card.findElement(By.cssSelector("td[data-path='" + path + "']"));
        assertEquals("34", value.getText());
        openSource(driver, value, ".sheet img + .box");
        Map<String, Object> facts = pictureFacts(driver, card, path, 1);
        assertEquals("px", facts.get("unit"));
        assertEquals(1, ((Number) facts.get("page")).intValue());
        assertEquals("34", facts.get("raw").toString().replaceAll("\\s", ""));
        assertEquals(width, number(facts, "natural"), "the picture as dropped");
        assertTrue(facts.get("src").toString().startsWith("blob:"), "drawn from the dropped file: " + facts.get("src"));
        assertHighlightOn(facts);
        assertTrue(number(facts, "ink") > 20, "the value is drawn inside its box: " + facts);
        assertTrue(facts.get("where").toString().contains("识别置信度 " + Math.round(number(facts, "confidence") * 100) + "%"), facts.toString());
    }

    /** A Word value: the panel shows the source row's cells, and marks the value's own column (the row has another 1). */
    private static void sourceOfWordValue(ChromeDriver driver, WebElement card) {
        openSource(driver, card.findElement(By.cssSelector("td[data-path='/applications/outcomes/withheld/state_secret/natural_person']")),
                "table.source-row");
        WebElement panel = driver.findElement(By.id("source"));
        assertTrue(panel.findElement(By.cssSelector(".where")).getText().contains("第2个表格第8行第4列　原文：1"));
        assertEquals("第2个表格第8行", panel.findElement(By.cssSelector(".row-name")).getText());
        List<String> cells = panel.findElements(By.cssSelector("table.source-row td")).stream()
                .map(td -> td.getAttribute("textContent")).toList();
        assertEquals(List.of("三、本年度办理结果", "（三）不予\n公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"), cells);
        List<WebElement> hits = panel.findElements(By.cssSelector("table.source-row td.hit"));
        assertEquals(1, hits.size());
        assertEquals("4", hits.get(0).getAttribute("data-col"));
        assertEquals("1", hits.get(0).getText());
    }

    /** A finding: its 查看原文 link marks the cell in the card and shows the source row with the cell marked. */
    private static void sourceOfFinding(ChromeDriver driver, WebElement card) {
        String path = "/applications/outcomes/total/natural_person";
        WebElement finding = card.findElement(By.cssSelector(".findings li[data-path='" + path + "']"));
        assertTrue(finding.getText().startsWith("「自然人」列：各项办理结果之和为41，但「（七）总计」为40"));
        openSource(driver, finding.findElement(By.cssSelector("a.to-cell")), "table.source-row");
        WebElement panel = driver.findElement(By.id("source"));
        assertTrue(panel.findElement(By.cssSelector(".where")).getText()
                .contains("「自然人」列：各项办理结果之和为41，但「（七）总计」为40\n第2个表格第27行第4列　原文：40"), panel.getText());
        assertEquals("第2个表格第27行", panel.findElement(By.cssSelector(".row-name")).getText());
        List<String> cells = panel.findElements(By.cssSelector("table.source-row td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("三、 本年度办理结果", "(七)总计", "40", "0", "0", "0", "0", "0", "40"), cells);
        List<WebElement> hits = panel.findElements(By.cssSelector("table.source-row td.hit"));
        assertEquals(1, hits.size());
        assertEquals("4", hits.get(0).getAttribute("data-col"));
        assertEquals("第2–3列", panel.findElements(By.cssSelector("table.source-row th")).get(1).getText());
        WebElement cell = card.findElement(By.cssSelector("td[data-path='" + path + "']"));
        assertTrue(cell.getAttribute("class").contains("shown"), "the finding's cell is marked in the card");
        Number top = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", cell);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "the finding's cell is scrolled into view, at " + top);
        panel.findElement(By.cssSelector("button.close")).click();
        assertTrue(!panel.isDisplayed());
    }

    /** The shaded jar (what users run) carries the pdf.js files the page loads, and not the rest of the WebJar. */
    @Test
    void theJarCarriesWhatThePageLoads() throws Exception {
        Path jar = Cli.repo().resolve("cli/target/xxgk.jar");
        Assumptions.assumeTrue(Files.exists(jar), "the packaged jar is built by mvn package");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            String folder = PdfJsFiles.directory().substring(1) + "/";
            for (String file : List.of("build/pdf.min.mjs", "build/pdf.worker.min.mjs", "cmaps/UniGB-UCS2-H.bcmap",
                    "standard_fonts/FoxitDingbats.pfb", "wasm/openjpeg.wasm", "LICENSE")) {
                assertTrue(zip.getEntry(folder + file) != null, "missing from the jar: " + folder + file);
            }
            for (String file : List.of("build/pdf.mjs.map", "legacy/build/pdf.min.mjs", "web/pdf_viewer.mjs")) {
                assertTrue(zip.getEntry(folder + file) == null, "not needed in the jar: " + folder + file);
            }
        }
    }

    @Test
    void droppedReportsShowTheirTablesFindingsAndDownloads(@TempDir Path downloads, @TempDir Path scans) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are needed (.ci/run installs them)");
        Path realPdf = Cli.repo().resolveSibling("shared").resolve("corpus/pdf/huaian-2024.pdf");
        boolean corpus = Files.exists(realPdf);
        Path pdf = corpus ? realPdf : Cli.testdata("office/004.pdf");
        Path seed = Cli.testdata("html/000.html");
        Path docx = Cli.testdata("office/004.docx");
        Path broken = Cli.testdata("bad/truncated.docx");
        Path ofd = Cli.testdata("ofd/004.ofd");
        // A scan: page 3 of 004.pdf as a 150 dpi picture, its values read by OCR where Tesseract is installed.
        boolean ocr = Files.isExecutable(Path.of("/usr/bin/tesseract"));
        Path scan = scans.resolve("004-page3-scan.png");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(Cli.testdata("office/004.pdf").toFile())) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(2, 150), "png", scan.toFile());
        }

        ServeOptions options = new ServeOptions();
        options.port = 0;
        options.timeout = Duration.ofMinutes(5); // OCR of the scan on a loaded machine
        try (WebServer server = new WebServer(options)) {
            ChromeDriver driver = browser(downloads);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                assertEquals("政府信息公开工作年度报告转换", driver.findElement(By.tagName("h1")).getText());
                drop(driver, ocr ? List.of(seed, pdf, docx, broken, ofd, scan) : List.of(seed, pdf, docx, broken, ofd));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofMinutes(5));
                int files = ocr ? 6 : 5;
                try {
                    wait.until(d -> d.findElements(By.cssSelector("article.report[data-status]")).size() == files);
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new AssertionError("the page did not show every report:\n" + driver.findElement(By.id("reports")).getText(), e);
                }

                WebElement seedCard = driver.findElement(By.cssSelector("article[data-file='" + seed.getFileName() + "']"));
                assertEquals("inconsistent", seedCard.getAttribute("data-status"));
                WebElement total = seedCard.findElement(By.cssSelector("td[data-path='/applications/outcomes/total/natural_person']"));
                assertEquals("40", total.getText());
                assertTrue(total.getAttribute("class").contains("error"));
                assertEquals("「自然人」列：各项办理结果之和为41，但「（七）总计」为40", total.getAttribute("title"));
                WebElement upheld = seedCard.findElement(By.cssSelector("td[data-path='/review_litigation/review/upheld']"));
                assertEquals("—", upheld.getText());
                assertTrue(upheld.getAttribute("class").contains("missing"));
                assertEquals("3386", seedCard.findElement(By.cssSelector("td[data-path='/active_disclosure/licensing/decisions']")).getText());
                assertEquals("625.0499", seedCard.findElement(By.cssSelector("td[data-path='/active_disclosure/fees/amount']")).getText());

                WebElement pdfCard = driver.findElement(By.cssSelector("article[data-file='" + pdf.getFileName() + "']"));
                assertEquals("ok", pdfCard.getAttribute("data-status"));
                String licensing = pdfCard.findElement(By.cssSelector("td[data-path='/active_disclosure/licensing/decisions']")).getText();
                assertEquals(corpus ? "447228" : "28364", licensing);
                if (corpus) {
                    assertEquals("3119", pdfCard.findElement(By.cssSelector("td[data-path='/applications/new_received/total']")).getText());
                    assertEquals("351", pdfCard.findElement(By.cssSelector("td[data-path='/review_litigation/review/total']")).getText());
                }
                WebElement docxCard = driver.findElement(By.cssSelector("article[data-file='004.docx']"));
                assertEquals("ok", docxCard.getAttribute("data-status"));
                assertEquals("1", docxCard.findElement(By.cssSelector("td[data-path='/applications/outcomes/withheld/state_secret/natural_person']")).getText());
                assertEquals(3, docxCard.findElements(By.cssSelector("details[data-narrative]")).size());

                WebElement brokenCard = driver.findElement(By.cssSelector("article[data-file='truncated.docx']"));
                assertEquals("failed", brokenCard.getAttribute("data-status"));
                assertEquals("失败", brokenCard.findElement(By.cssSelector(".badge")).getText());
                assertEquals(0, brokenCard.findElements(By.tagName("button")).size(), "a failed card offers no downloads");
                assertEquals("Word文档（.docx）已损坏或不完整，无法读取", brokenCard.findElement(By.cssSelector(".findings li")).getText());
                assertEquals("数字不一致", seedCard.findElement(By.cssSelector(".badge")).getText());
                assertEquals("正常", docxCard.findElement(By.cssSelector(".badge")).getText());

                summaryBar(driver, Map.of("ok", 3, "inconsistent", 1, "incomplete", ocr ? 1 : 0, "failed", 1), files);
                folding(driver, docxCard);
                layout(driver, 1400, pdfCard, false);
                layout(driver, 390, pdfCard, true);
                layout(driver, 1400, pdfCard, false);

                seedCard.findElement(By.cssSelector("button.json")).click();
                JsonNode downloaded = Cli.read(waitForFile(downloads, ".json"));
                // The page asks for provenance (for 查看原文); the rest is the document as converted.
                assertEquals(199, downloaded.get("provenance").size());
                ((com.fasterxml.jackson.databind.node.ObjectNode) downloaded).remove("provenance");
                assertEquals(Cli.read(Cli.testdata("html/000.expected.json")), downloaded);

                docxCard.findElement(By.cssSelector("button.xlsx")).click();
                Path workbook = waitForFile(downloads, ".xlsx");
                try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                    assertEquals("004.docx", book.getSheet("宽表").getRow(1).getCell(0).getStringCellValue());
                }

                sourceOfPdfValue(driver, pdfCard, pdf, corpus);
                sourceOfOfdValue(driver, driver.findElement(By.cssSelector("article[data-file='004.ofd']")));
                if (ocr) {
                    sourceOfPictureValue(driver, driver.findElement(By.cssSelector("article[data-file='" + scan.getFileName() + "']")),
                            javax.imageio.ImageIO.read(scan.toFile()).getWidth());
                }
                sourceOfWordValue(driver, docxCard);
                sourceOfFinding(driver, seedCard);
            } finally {
                driver.quit();
            }
        }
    }
}
