package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * No more connections are open at once than {@code --max-connections}: past it, a new connection
 * waits unaccepted (in the system's backlog) until another closes, and is then served.
 */
class ServerConnectionLimitTest {

    @Test
    void aConnectionPastTheLimitWaitsForAnotherToClose() throws Exception {
        ServeOptions options = TestServer.options();
        options.maxConnections = 2;
        try (WebServer server = TestServer.start(options, FakeConversions.instant());
                Socket first = new Socket("127.0.0.1", server.port());
                Socket second = new Socket("127.0.0.1", server.port());
                Socket third = new Socket("127.0.0.1", server.port())) {
            // The first two say nothing, holding both slots; the third asks and is not answered.
            third.getOutputStream().write(("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            third.setSoTimeout(1_000);
            InputStream answer = third.getInputStream();
            assertThrows(SocketTimeoutException.class, answer::read, "answered past the limit");
            first.close();
            third.setSoTimeout(60_000);
            assertEquals("HTTP/1.1 200 OK", statusLine(answer));
            // And the second is served too once it speaks.
            second.getOutputStream().write(("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            second.setSoTimeout(60_000);
            assertEquals("HTTP/1.1 200 OK", statusLine(second.getInputStream()));
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1 && c != '\r'; ) {
            line.append((char) c);
        }
        return line.toString();
    }
}
