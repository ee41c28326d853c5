package org.xxgk.cli.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xxgk.write.ReportJson;

/**
 * What became of one input: what the summary needs (status, reason, whether pictures were left
 * unread), how long it took, whether an earlier run's output was reused, and, when its JSON file
 * could not be written, why (the file then counts as failed: its result is not where the user
 * looks). The JSON itself is kept as text only until it is written to its file; after that it is
 * read back from there when an export asks for it, so a batch of a hundred thousand reports does
 * not hold them all in memory.
 */
public record Outcome(Input input, String json, Path stored, long millis, boolean reused, String writeError,
                      String documentStatus, String firstMessage, boolean picturesUnread) {


    /** The outcome of canonical JSON {@code json}, kept in memory. */
    public static Outcome of(Input input, String json, long millis, boolean reused) {
        Summary summary = Summary.of(json);
        return new Outcome(input, json, null, millis, reused, null, summary.status, summary.firstMessage, summary.picturesUnread);
    }

    /**
     * What the summary needs of a document, read token by token: a tree would need an
     * ObjectMapper, which a fresh JVM takes a tenth of a second of CPU to build, at the end of a
     * one-file run.
     */
    private static final class Summary {
        private static final JsonFactory JSON = new JsonFactory();

        String status = "";
        String firstMessage = "";
        boolean picturesUnread;

        static Summary of(String json) {
            Summary summary = new Summary();
            try (JsonParser in = JSON.createParser(json)) {
                in.nextToken();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String field = in.currentName();
                    in.nextToken();
                    switch (field) {
                        case "status" -> summary.status = in.getValueAsString("");
                        case "findings" -> summary.findings(in);
                        default -> in.skipChildren();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("canonical JSON always parses", e);
            }
            return summary;
        }

        private void findings(JsonParser in) throws IOException {
            boolean first = true;
            while (in.nextToken() == JsonToken.START_OBJECT) {
                String rule = "";
                String message = "";
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String field = in.currentName();
                    in.nextToken();
                    switch (field) {
                        case "rule" -> rule = in.getValueAsString("");
                        case "message" -> message = in.getValueAsString("");
                        default -> in.skipChildren();
                    }
                }
                if (first) {
                    firstMessage = message;
                    first = false;
                }
                picturesUnread |= rule.equals("missing_section") && message.contains("图片");
            }
        }
    }

    /** The same, its JSON now in {@code file} and no longer held here. */
    public Outcome storedIn(Path file) {
        return new Outcome(input, null, file, millis, reused, writeError, documentStatus, firstMessage, picturesUnread);
    }

    public Outcome unwritten(String why) {
        return new Outcome(input, json, stored, millis, reused, why, documentStatus, firstMessage, picturesUnread);
    }

    /** The canonical JSON as text. */
    public String text() {
        if (json != null) {
            return json;
        }
        try {
            return Files.readString(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("the batch's own output " + stored, e);
        }
    }

    /** The canonical JSON, parsed anew on each call (nothing parsed is kept). */
    public JsonNode document() {
        return parse(text());
    }

    public String status() {
        return writeError != null ? "failed" : documentStatus;
    }

    /** The first finding's message: for a failed file, the reason. */
    public String reason() {
        return writeError != null ? writeError : firstMessage;
    }

    private static JsonNode parse(String json) {
        try {
            return ReportJson.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("canonical JSON always parses", e);
        }
    }
}
