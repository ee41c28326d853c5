package org.xxgk.cli.serve;

import io.javalin.config.JettyConfig;
import java.io.PrintStream;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The Jetty under Javalin, set up for clients that are slow or hostile: a connection costs no
 * thread while it sends, and is dropped when it sends too slowly; no more connections are open
 * at once than {@code --max-connections}; a request for another host name or from another
 * site's page is refused before its body is read.
 */
final class JettySetup {

    /** Milliseconds Jetty may take to stop; the conversions are stopped before it (WebServer.close). */
    private static final long STOP_TIMEOUT_MS = 1000;

    private JettySetup() {
    }

    static void apply(JettyConfig jetty, ServeOptions options, long maxBytes, PrintStream log) {
        HeaderDeadline headerDeadline = new HeaderDeadline(options.headerTimeout);
        // Jetty's multipart parser counts parts against the context's form key limit and stops past it.
        jetty.modifyServletContextHandler(context -> context.setMaxFormKeys(options.maxFiles));
        jetty.addConnector((server, http) -> {
            // One acceptor thread, on any machine, so that the connection limit below is exact: it
            // checks the limit before each accept. Jetty gives a machine of 16 cores or more
            // several threads blocked in accept(), each letting one more connection past the
            // limit, and with none the selector accepts every waiting connection at once (with 4
            // acceptors, or none, a limit of 2 let a third connection be answered).
            ServerConnector connector = new ServerConnector(server, 1, -1, new HttpConnectionFactory(http));
            connector.setHost(options.bind);
            connector.setPort(options.port);
            // Closes a connection that sends nothing while the server waits for it (headers or body).
            connector.setIdleTimeout(options.idleTimeout.toMillis());
            connector.addEventListener(headerDeadline);
            return connector;
        });
        jetty.modifyServer(server -> {
            // Each insertHandler goes in front of the previous one: a request is numbered, meets
            // the header deadline, the Host and Origin checks, then its body is read, then Javalin.
            // On stopping, Jetty waits (up to the stop timeout) for the requests that reached
            // Javalin to be answered; uploads still arriving are not waited for.
            server.insertHandler(new GracefulHandler());
            server.insertHandler(new WholeBody(maxBytes, options.uploadTimeout, options.idleTimeout));
            server.insertHandler(new RequestGuard(new AllowedHosts(options.bind, options.allowedHosts)));
            server.insertHandler(headerDeadline);
            server.insertHandler(new RequestIds());
            server.setErrorHandler(new JsonErrors());
            server.setStopTimeout(STOP_TIMEOUT_MS);
            // Past the limit Jetty stops accepting (the kernel holds the next connections in its
            // backlog) until one closes: a flood of connections cannot take the file descriptors
            // the workers and their pipes need. The timeouts free the slots it holds; the default
            // is high enough that hundreds of slow clients do not lock the others out.
            server.addBean(new NetworkConnectionLimit(Math.max(1, options.maxConnections), server));
            if (options.accessLog) {
                server.setRequestLog(new AccessLog(log));
            }
        });
    }
}
