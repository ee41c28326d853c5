package org.xxgk.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xxgk.Converter;
import org.xxgk.cli.SchemaResource;
import org.xxgk.cli.batch.Input;
import org.xxgk.cli.batch.Outcome;
import org.xxgk.cli.export.XlsxExport;

/**
 * {@code xxgk serve}: the upload page and the HTTP API. Uploads are converted in memory and
 * dropped with the response; a file name is only ever used as the report's source.file.
 */
public final class WebServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final ConversionPool pool;
    private final SourceViews sourceViews;
    private final SourceRow sourceRows = new SourceRow();
    /** Only for what a file is (its media type): source(), which reads nothing else. */
    private final Converter detector = new Converter();
    private final long maxBytes;
    private final int maxFiles;

    public WebServer(ServeOptions options) {
        this(options, System.err);
    }

    /** {@code log} takes the access log (--access-log). */
    public WebServer(ServeOptions options, PrintStream log) {
        this(options, log, new ConversionPool(Math.max(1, options.maxConcurrent), options.queue, options.timeout));
    }

    WebServer(ServeOptions options, PrintStream log, ConversionPool pool) {
        this.maxBytes = options.maxUploadMb * 1024L * 1024L;
        this.maxFiles = options.maxFiles;
        this.pool = pool;
        this.sourceViews = new SourceViews(Math.max(1, options.maxConcurrent), options.timeout);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = maxBytes;
            config.http.prefer405over404 = true;
            config.jetty.multipartConfig.maxFileSize(maxBytes, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxBytes, io.javalin.config.SizeUnit.BYTES);
            // Uploads stay in memory (never in a temporary folder) up to the size limit.
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes), io.javalin.config.SizeUnit.BYTES);
            JettySetup.apply(config.jetty, options, maxBytes, log);
            // Javalin's own handler reads the page's files through the class loader; Jetty's
            // mounted the jar as a ZIP file system for each (8 of them, 75 MB of heap for its
            // 32,000 entries' index, held as long as the server runs).
            config.resourceHandler(new io.javalin.http.staticfiles.JavalinStaticResourceHandler());
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = PdfJsFiles.HOSTED_PATH;
                files.directory = PdfJsFiles.directory();
                files.location = Location.CLASSPATH;
                files.mimeTypes.add("text/javascript", "mjs");
            });
            config.routes.post("/api/convert", this::convert);
            config.routes.post("/api/export/xlsx", this::exportXlsx);
            config.routes.post("/api/source/page", this::sourcePage);
            config.routes.post("/api/source/row", this::sourceRow);
            config.routes.get("/api/schema", ctx -> ctx.contentType("application/schema+json; charset=utf-8").result(SchemaResource.text()));
            config.routes.get("/healthz", ctx -> ctx.json(java.util.Map.of("status", "ok")));
            config.routes.exception(ConversionPool.Busy.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(ConversionPool.RETRY_AFTER_SECONDS));
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "服务器繁忙：正在转换的文件太多，请稍后再试");
            });
            config.routes.exception(ConversionPool.Stopping.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(ConversionPool.RETRY_AFTER_SECONDS));
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "服务器正在停止，文件未能转换，请稍后再试");
            });
            config.routes.exception(SourceUnavailable.class, (e, ctx) -> error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()));
            config.routes.exception(SourceViews.TooSlow.class, (e, ctx) ->
                    error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "读取原文超过时间上限（" + org.xxgk.TimedConversion.describe(options.timeout) + "）"));
            config.routes.exception(org.xxgk.extract.ExtractionException.class, (e, ctx) ->
                    error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (isTooManyParts(e)) {
                    error(ctx, HttpStatus.CONTENT_TOO_LARGE, "一次上传的文件过多：最多 " + maxFiles + " 个，请分批上传");
                } else if (isTooLarge(e)) {
                    error(ctx, HttpStatus.CONTENT_TOO_LARGE, "上传的内容超过大小上限（" + maxBytes / (1024 * 1024) + " MB）");
                } else if (e instanceof jakarta.servlet.ServletException || e instanceof IllegalArgumentException) {
                    error(ctx, HttpStatus.BAD_REQUEST, "上传的请求格式有误，无法解析其中的文件");
                } else {
                    // A bug of ours: logged (library warnings are silenced, see simplelogger.properties).
                    LOG.error("request to {} failed", ctx.path(), e);
                    error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误：" + e.getClass().getSimpleName());
                }
            });
            // Javalin's own answers (no such route, wrong method) in the API's shape too.
            for (int status : new int[] {404, 405}) {
                config.routes.error(status, ctx ->
                        error(ctx, HttpStatus.forStatus(status), JsonErrors.message(status) + "：" + ctx.method() + " " + ctx.path()));
            }
        });
        app.start();
    }

    public int port() {
        return app.port();
    }

    /** Jetty stops at the first part past the limit with this message; there is no exception type for it. */
    private static boolean isTooManyParts(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("too many keys")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("too large") || m.contains("exceeds") || m.contains("max") && m.contains("size")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An error answer. The connection is closed after it and says so: the request's body may be
     * left unread (a malformed multipart, a refused upload), and a client that reused the
     * connection would find it closed under its next request.
     */
    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).header("Connection", "close").contentType(ErrorAnswer.CONTENT_TYPE).result(ErrorAnswer.json(message));
    }

    /**
     * Multipart uploads (any number of files), or the raw body with ?filename=. One file gives
     * its document; several give an array, in upload order; a ZIP archive gives one document for
     * each report inside it (and so an array).
     */
    private void convert(Context ctx) throws Exception {
        Boolean provenance = flag(ctx.queryParam("provenance"));
        if (provenance == null) {
            error(ctx, HttpStatus.BAD_REQUEST, "参数 provenance 应为 true 或 false");
            return;
        }
        List<String> documents = new ArrayList<>();
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> uploads = ctx.uploadedFiles();
            if (uploads.isEmpty()) {
                error(ctx, HttpStatus.BAD_REQUEST, "请求中没有文件");
                return;
            }
            for (UploadedFile upload : uploads) {
                byte[] bytes;
                try (InputStream in = upload.content()) {
                    bytes = in.readAllBytes();
                }
                documents.addAll(pool.convert(bytes, name(upload.filename()), provenance));
            }
        } else {
            byte[] body = ctx.bodyAsBytes();
            if (body.length == 0) {
                error(ctx, HttpStatus.BAD_REQUEST, "请求中没有文件：请以 multipart 上传，或在请求体中发送文件并用 filename 参数给出文件名");
                return;
            }
            documents.addAll(pool.convert(body, name(ctx.queryParam("filename")), provenance));
        }
        String payload = documents.size() == 1 ? documents.get(0)
                : "[\n" + String.join(",\n", documents.stream().map(String::stripTrailing).toList()) + "\n]\n";
        ctx.contentType("application/json; charset=utf-8").result(payload);
    }

    /** A yes-or-no query parameter: absent, false or 0 is no, true or 1 yes; null for anything else. */
    private static Boolean flag(String value) {
        if (value == null || value.equals("false") || value.equals("0")) {
            return false;
        }
        return value.equals("true") || value.equals("1") ? true : null;
    }

    /** The file name as a label only (the converter keeps its last part); never a path on this machine. */
    private static String name(String filename) {
        return filename == null || filename.isBlank() ? "upload" : filename;
    }

    /** The uploaded file of a 查看原文 request: the raw body, named by ?filename= (the page sends it with each request). */
    private byte[] sourceFile(Context ctx) throws SourceUnavailable {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new SourceUnavailable("请求中没有文件：请在请求体中发送文件，并用 filename 参数给出文件名");
        }
        return body;
    }

    private static int positive(Context ctx, String name) throws SourceUnavailable {
        String text = ctx.queryParam(name);
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new SourceUnavailable("参数 " + name + " 应为从 1 起的页码或行号");
    }

    /** POST /api/source/page?filename=&page=: the page as a PNG (2 pixels per point; a picture's own pixels). */
    private void sourcePage(Context ctx) throws Exception {
        byte[] file = sourceFile(ctx);
        int page = positive(ctx, "page");
        String type = detector.source(file, name(ctx.queryParam("filename"))).mediaType();
        byte[] png = sourceViews.run(() -> SourcePage.png(file, type, page));
        ctx.contentType("image/png").result(png);
    }

    /**
     * POST /api/source/row?filename= with table=&row= (Word, HTML, ODT), sheet=&cell= or
     * sheet=&row= (spreadsheets) or line= (text, Markdown): the source row's cells as JSON.
     */
    private void sourceRow(Context ctx) throws Exception {
        byte[] file = sourceFile(ctx);
        SourceRow.Location location;
        String sheet = ctx.queryParam("sheet");
        if (sheet != null) {
            String cell = ctx.queryParam("cell");
            int row = cell != null && cell.matches("[A-Za-z]+[1-9][0-9]{0,6}") ? Integer.parseInt(cell.replaceAll("^[A-Za-z]+", "")) : positive(ctx, "row");
            location = new SourceRow.Location(null, row, sheet, null);
        } else if (ctx.queryParam("table") != null) {
            location = new SourceRow.Location(positive(ctx, "table"), positive(ctx, "row"), null, null);
        } else {
            location = new SourceRow.Location(null, null, null, positive(ctx, "line"));
        }
        String type = detector.source(file, name(ctx.queryParam("filename"))).mediaType();
        SourceRow.Row row = sourceViews.run(() -> sourceRows.find(file, type, location));
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(row));
    }

    /** The wide and long tables of converted documents (an array posted back by the page). */
    private void exportXlsx(Context ctx) throws IOException {
        JsonNode posted;
        try {
            posted = JSON.readTree(ctx.bodyAsBytes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            error(ctx, HttpStatus.BAD_REQUEST, "请求内容不是有效的JSON，应为 /api/convert 返回的文档或文档数组");
            return;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode document : posted.isArray() ? posted : JSON.createArrayNode().add(posted)) {
            // A label for the table's 路径 column; nothing is read from or written to this path.
            Path label = Path.of(Converter.safeName(document.path("source").path("file").asText("report")));
            outcomes.add(Outcome.of(new Input(label, label), document.toString(), 0, false));
        }
        byte[] workbook = XlsxExport.bytes(outcomes);
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"xxgk.xlsx\"; filename*=UTF-8''xxgk-%E6%B1%87%E6%80%BB.xlsx")
                .result(workbook);
    }

    /**
     * Conversions first: their workers are killed and the requests waiting for them answered
     * (503) at once, so Jetty has nothing long left to wait for.
     */
    @Override
    public void close() {
        pool.close();
        sourceViews.close();
        try {
            app.stop();
        } catch (io.javalin.util.JavalinException e) {
            // Jetty stops everything, then reports a request it had to cut short after the stop
            // timeout (on a busy machine, one still being answered): stopped all the same.
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
        }
    }

}
