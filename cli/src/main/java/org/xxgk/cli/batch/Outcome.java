package org.xxgk.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What became of one input: its canonical JSON (as text and parsed), how long it took, and
 * whether an earlier run's output was reused instead of converting again.
 */
public record Outcome(Input input, String json, JsonNode document, long millis, boolean reused) {

    public String status() {
        return document.path("status").asText();
    }

    /** The first finding's message: for a failed file, the reason. */
    public String reason() {
        return document.path("findings").path(0).path("message").asText("");
    }
}
