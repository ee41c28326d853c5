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
 * seed 000 is highlighted with its message, and the JSON and Excel downloads work.
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
        for (int i = 0; i < 100; i++) {
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

    @Test
    void droppedReportsShowTheirTablesFindingsAndDownloads(@TempDir Path downloads) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are needed (.ci/run installs them)");
        Path realPdf = Cli.repo().resolveSibling("shared").resolve("corpus/pdf/huaian-2024.pdf");
        boolean corpus = Files.exists(realPdf);
        Path pdf = corpus ? realPdf : Cli.testdata("office/004.pdf");
        Path seed = Cli.testdata("html/000.html");
        Path docx = Cli.testdata("office/004.docx");

        ServeOptions options = new ServeOptions();
        options.port = 0;
        try (WebServer server = new WebServer(options)) {
            ChromeDriver driver = browser(downloads);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                assertEquals("政府信息公开工作年度报告转换", driver.findElement(By.tagName("h1")).getText());
                drop(driver, List.of(seed, pdf, docx));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                try {
                    wait.until(d -> d.findElements(By.cssSelector("article.report[data-status]")).size() == 3);
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new AssertionError("the page did not show three reports:\n" + driver.findElement(By.id("reports")).getText(), e);
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

                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), Cli.repo().resolve("cli/target/webpage.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

                seedCard.findElement(By.cssSelector("button.json")).click();
                JsonNode downloaded = Cli.read(waitForFile(downloads, ".json"));
                assertEquals(Cli.read(Cli.testdata("html/000.expected.json")), downloaded);

                docxCard.findElement(By.cssSelector("button.xlsx")).click();
                Path workbook = waitForFile(downloads, ".xlsx");
                try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                    assertEquals("004.docx", book.getSheet("宽表").getRow(1).getCell(0).getStringCellValue());
                }
            } finally {
                driver.quit();
            }
        }
    }
}
