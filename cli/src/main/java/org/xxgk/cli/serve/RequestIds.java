package org.xxgk.cli.serve;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Numbers every request, in the X-Request-Id header of its answer and in the access log, so
 * that a user who quotes the number points at one line of the log. (Jetty's own request id
 * counts requests per connection, and its connection id names the client's address.)
 */
final class RequestIds extends Handler.Wrapper {

    static final String ATTRIBUTE = RequestIds.class.getName();
    static final String HEADER = "X-Request-Id";

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String id = Long.toString(next.getAndIncrement());
        request.setAttribute(ATTRIBUTE, id);
        response.getHeaders().put(HEADER, id);
        return super.handle(request, response, callback);
    }

    /** The request's number; "-" for one refused by Jetty before any handler saw it (unreadable headers). */
    static String of(Request request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "-" : id.toString();
    }
}
