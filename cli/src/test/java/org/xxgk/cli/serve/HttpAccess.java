package org.xxgk.cli.serve;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** The server-test HTTP helper, for tests outside this package. */
public final class HttpAccess {

    private HttpAccess() {
    }

    public static HttpResponse<String> upload(int port, Path file) throws IOException, InterruptedException {
        return Http.upload(port, List.of(file));
    }

    public static int health(int port) throws IOException, InterruptedException {
        return Http.get(port, "/healthz").statusCode();
    }
}
