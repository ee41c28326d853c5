package org.xxgk.extract.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.xxgk.detect.MediaTypes;
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

    private final HtmlExtractor html = new HtmlExtractor();

    @Override
    public boolean supports(String mediaType) {
        return mediaType.equals(MediaTypes.MHT) || mediaType.equals("message/rfc822");
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
        return html.extract(decoded.text());
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
