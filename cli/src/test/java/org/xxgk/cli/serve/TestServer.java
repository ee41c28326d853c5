package org.xxgk.cli.serve;

import java.io.PrintStream;
import java.time.Duration;

/** Servers for the hardening tests: real Jetty on a free loopback port, with a fake converter. */
final class TestServer {

    private TestServer() {
    }

    /** Loopback, a free port, 1 MB uploads, one conversion at a time with one waiting, timeouts long enough to never matter. */
    static ServeOptions options() {
        ServeOptions o = new ServeOptions();
        o.port = 0;
        o.maxUploadMb = 1;
        o.maxConcurrent = 1;
        o.queue = 1;
        o.idleTimeout = Duration.ofMinutes(5);
        o.headerTimeout = Duration.ofMinutes(5);
        o.uploadTimeout = Duration.ofMinutes(5);
        return o;
    }

    static WebServer start(ServeOptions options, FakeConversions converter) {
        return start(options, converter, System.err);
    }

    static WebServer start(ServeOptions options, FakeConversions converter, PrintStream log) {
        return new WebServer(options, log, new ConversionPool(options.maxConcurrent, options.queue, converter));
    }
}
