package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

/** POST /api/convert?provenance=true against the real server and its worker processes. */
class ServerProvenanceTest {

    static WebServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = new WebServer(ServerApiTest.options(5, 2, 16));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void provenanceTrueAddsWhereEachValueWasRead() throws Exception {
        HttpResponse<String> r = Http.upload(port, "?provenance=true", List.of(Cli.testdata("office/004.docx")), List.of("004.docx"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode doc = Cli.parse(r.body());
        assertEquals(Cli.parse("{\"table\":2,\"row\":4,\"col\":4,\"raw\":\"３４\"}"),
                doc.get("provenance").get("/applications/new_received/natural_person"));
        assertEquals(200, doc.get("provenance").size(), "every value of the report");
        ObjectNode rest = doc.deepCopy();
        rest.remove("provenance");
        assertEquals(Cli.read(Cli.testdata("office/004.docx.expected.json")), rest);
    }

    @Test
    void withoutItOrFalseTheDocumentIsAsBefore() throws Exception {
        JsonNode expected = Cli.read(Cli.testdata("office/004.xlsx.expected.json"));
        for (String query : List.of("?filename=004.xlsx", "?filename=004.xlsx&provenance=false")) {
            HttpResponse<String> r = Http.raw(port, query, Files.readAllBytes(Cli.testdata("office/004.xlsx")));
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expected, Cli.parse(r.body()), query);
            assertFalse(r.body().contains("\"provenance\""));
        }
        HttpResponse<String> r = Http.raw(port, "?filename=004.xlsx&provenance=1", Files.readAllBytes(Cli.testdata("office/004.xlsx")));
        assertEquals(Cli.parse("{\"sheet\":\"Sheet1\",\"cell\":\"G18\",\"raw\":\"28364\"}"),
                Cli.parse(r.body()).get("provenance").get("/active_disclosure/licensing/decisions"));
    }

    @Test
    void anotherValueIsRefusedInChinese() throws Exception {
        HttpResponse<String> r = Http.upload(port, "?provenance=yes", List.of(Cli.testdata("html/004.html")), List.of("004.html"));
        assertEquals(400, r.statusCode());
        assertEquals("参数 provenance 应为 true 或 false", Cli.parse(r.body()).get("error").asText());
    }
}
