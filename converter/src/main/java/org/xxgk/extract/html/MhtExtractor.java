package org.xxgk.extract.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.xxgk.detect.TextCharsets;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.text.TextDumpExtractor;
import org.xxgk.grid.ExtractedDocument;

/**
 * MHT/MHTML ("网页，单个文件", which government sites often serve as .doc): a MIME message, read
 * with Apache James mime4j, whose HTML part is the report and is read by {@link HtmlExtractor}
 * (its charset from the part's header, the page itself or its bytes). The page's pictures travel
 * in the other parts.
 */
public final class MhtExtractor implements Extractor {

    /** Parts beyond this are not a saved web page. */
    private static final int MAX_PARTS = 2000;

    private final HtmlExtractor html;

    public MhtExtractor(int maxCells) {
        this.html = new HtmlExtractor(maxCells);
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(new MimeConfig.Builder()
                    .setMaxLineLen(-1) // pages saved with long lines of raw HTML
                    .setMaxHeaderCount(1000)
                    .setMaxContentLen(content.length)
                    .build());
            message = builder.parseMessage(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(DAMAGED, e);
        }
        Entity page = htmlPart(message, new int[] {0});
        if (page == null) {
            throw new ExtractionException("单个文件网页（MHT）中没有网页（HTML）部分，无法读取");
        }
        byte[] bytes;
        try (InputStream in = ((SingleBody) page.getBody()).getInputStream()) {
            bytes = in.readNBytes(content.length * 8 + (1 << 16));
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(DAMAGED, e);
        }
        ContentTypeField type = (ContentTypeField) page.getHeader().getField("Content-Type");
        String declared = type == null ? null : type.getCharset();
        TextCharsets.Decoded decoded = TextCharsets.decode(bytes, declared != null ? declared : HtmlExtractor.declaredCharset(bytes));
        if (decoded == null) {
            throw new ExtractionException(TextDumpExtractor.UNDECODABLE);
        }
        Map<String, Entity> files = new HashMap<>();
        parts(message, files, new int[] {0});
        String base = location(page);
        if (base == null) {
            base = header(message, "Snapshot-Content-Location");
        }
        return html.extract(decoded.text(), base == null ? "" : base, url -> bytes(files.get(url), content.length));
    }

    /** Every part with an address, by its Content-Location and by cid: of its Content-ID. */
    private static void parts(Entity entity, Map<String, Entity> files, int[] seen) {
        if (++seen[0] > MAX_PARTS) {
            return;
        }
        if (entity.getBody() instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                parts(part, files, seen);
            }
            return;
        }
        String location = location(entity);
        if (location != null) {
            files.putIfAbsent(location, entity);
        }
        String id = header(entity, "Content-ID");
        if (id != null) {
            files.putIfAbsent("cid:" + id.replaceAll("^<|>$", ""), entity);
        }
    }

    private static String location(Entity entity) {
        return header(entity, "Content-Location");
    }

    private static String header(Entity entity, String name) {
        var field = entity.getHeader() == null ? null : entity.getHeader().getField(name);
        return field == null ? null : field.getBody().strip();
    }

    /** A part's decoded bytes (no more than the file itself could hold), or null. */
    private static byte[] bytes(Entity part, int limit) {
        if (part == null || !(part.getBody() instanceof SingleBody body)) {
            return null;
        }
        try (InputStream in = body.getInputStream()) {
            return in.readNBytes(limit);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first HTML part, depth first (the page; later HTML parts are frames or attachments). */
    private static Entity htmlPart(Entity entity, int[] seen) {
        if (++seen[0] > MAX_PARTS) {
            return null;
        }
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            List<Entity> parts = new ArrayList<>(multipart.getBodyParts());
            for (Entity part : parts) {
                Entity found = htmlPart(part, seen);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return "text/html".equalsIgnoreCase(entity.getMimeType()) && body instanceof SingleBody ? entity : null;
    }

    private static final String DAMAGED = "单个文件网页（MHT）已损坏或不完整，无法读取";
}
