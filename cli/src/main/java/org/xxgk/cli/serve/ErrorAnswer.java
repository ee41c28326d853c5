package org.xxgk.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The server's error body, {"error": "…"} with a Chinese message, for Javalin routes and Jetty handlers alike. */
final class ErrorAnswer {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorAnswer() {
    }

    static String json(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    /**
     * Answers from a Jetty handler, before Javalin sees the request. With {@code close}, the
     * connection ends after the answer: the rest of the request is not read.
     */
    static void send(Response response, Callback callback, int status, String message, boolean close) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(json(message).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
