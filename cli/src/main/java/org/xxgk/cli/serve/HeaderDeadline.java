package org.xxgk.cli.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers are not in within the deadline, counted from the
 * connection's start and from each answer. The idle timeout alone does not stop a client that
 * sends one byte of its headers now and then (slowloris). A kept-alive connection left unused
 * for longer than the deadline is closed too; browsers open a new one.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {

    private final Duration deadline;
    private final Scheduler scheduler = new ScheduledExecutorScheduler("xxgk-header-deadline", true);
    private final Map<Connection, Scheduler.Task> waiting = new ConcurrentHashMap<>();

    HeaderDeadline(Duration deadline) {
        this.deadline = deadline;
        addBean(scheduler);
    }

    @Override
    public void onOpened(Connection connection) {
        arm(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        disarm(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        disarm(connection);
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                // Armed before the connection can read its next request.
                arm(connection);
                super.succeeded();
            }
        });
    }

    private void arm(Connection connection) {
        Scheduler.Task task = scheduler.schedule(() -> {
            waiting.remove(connection);
            connection.getEndPoint().close();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        Scheduler.Task previous = waiting.put(connection, task);
        if (previous != null) {
            previous.cancel();
        }
    }

    private void disarm(Connection connection) {
        Scheduler.Task task = waiting.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }
}
