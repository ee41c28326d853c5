package org.xxgk.cli.batch;

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
        JsonNode document = parse(json);
        boolean pictures = false;
        for (JsonNode f : document.path("findings")) {
            pictures |= f.path("rule").asText().equals("missing_section") && f.path("message").asText().contains("图片");
        }
        return new Outcome(input, json, null, millis, reused, null, document.path("status").asText(),
                document.path("findings").path(0).path("message").asText(""), pictures);
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
