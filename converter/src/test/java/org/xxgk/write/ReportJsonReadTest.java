package org.xxgk.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Canonical JSON read back and written on one line (JSON Lines) says exactly what it said. */
class ReportJsonReadTest {

    @Test
    void amountsKeepTheirScaleThroughReadingBack() throws Exception {
        String pretty = """
                {
                  "schema": "govinfo-annual-report/1",
                  "active_disclosure": {"fees": {"amount": 924.190}, "tiny": 0.0000001, "count": 28364},
                  "status": "ok"
                }
                """;
        JsonNode document = ReportJson.read(pretty);
        assertEquals("{\"schema\":\"govinfo-annual-report/1\",\"active_disclosure\":{\"fees\":{\"amount\":924.190},"
                + "\"tiny\":0.0000001,\"count\":28364},\"status\":\"ok\"}", ReportJson.line(document));
    }
}
