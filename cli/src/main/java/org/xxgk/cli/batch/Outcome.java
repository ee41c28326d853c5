package org.xxgk.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What became of one input: its canonical JSON (as text and parsed), how long it took, whether
 * an earlier run's output was reused instead of converting again, and, when its JSON file could
 * not be written, why (the file then counts as failed: its result is not where the user looks).
 */
public record Outcome(Input input, String json, JsonNode document, long millis, boolean reused, String writeError) {

    public Outcome(Input input, String json, JsonNode document, long millis, boolean reused) {
        this(input, json, document, millis, reused, null);
    }

    public Outcome unwritten(String why) {
        return new Outcome(input, json, document, millis, reused, why);
    }

    public String status() {
        return writeError != null ? "failed" : document.path("status").asText();
    }

    /** Whether a table was missing because it was a picture that could not be read by OCR. */
    public boolean picturesUnread() {
        for (JsonNode f : document.path("findings")) {
            if (f.path("rule").asText().equals("missing_section") && f.path("message").asText().contains("图片")) {
                return true;
            }
        }
        return false;
    }

    /** The first finding's message: for a failed file, the reason. */
    public String reason() {
        if (writeError != null) {
            return writeError;
        }
        return document.path("findings").path(0).path("message").asText("");
    }
}
