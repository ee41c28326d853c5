package org.xxgk.cli.serve;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * One line per answered request (--access-log), for whoever runs the server: when, request id,
 * method and path, bytes received, content type, status, bytes sent and milliseconds. The query
 * is left out (it may hold a file name), and so is everything uploaded.
 */
final class AccessLog implements RequestLog {

    private final PrintStream out;

    AccessLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void log(Request request, Response response) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String line = String.format("%s id=%s %s %s in=%d type=%s status=%d out=%d ms=%d",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), RequestIds.of(request), request.getMethod(),
                request.getHttpURI().getPath(), Request.getContentBytesRead(request),
                type == null ? "-" : type.replaceAll(";.*", "").trim().replaceAll("\\s", "_"), response.getStatus(),
                Response.getContentBytesWritten(response), NanoTime.millisSince(request.getBeginNanoTime()));
        out.println(line); // println is synchronized: lines from concurrent requests do not interleave
    }
}
