package org.xxgk.cli.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, before anything is read or converted, a request for a name the server does not
 * answer to (421, against DNS rebinding) and a state-changing request sent by another site's
 * page (403, against cross-site uploads). Requests without Origin (curl, scripts) pass: only
 * browsers send it, and they always do on a cross-site POST.
 */
final class RequestGuard extends Handler.Wrapper {

    static final int MISDIRECTED = 421;

    private final AllowedHosts hosts;

    RequestGuard(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int port = Request.getLocalPort(request);
        // A request without Host is HTTP/1.0 from a program; a browser always sends it (Jetty refuses HTTP/1.1 without it).
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && !hosts.allows(host, port)) {
            ErrorAnswer.send(response, callback, MISDIRECTED, "拒绝访问：本服务不接受主机名「" + host
                    + "」。为防范 DNS 重绑定攻击，只接受本机地址（localhost、127.0.0.1 等）；要用其他名称访问，请在启动时加 --allow-host 该名称", true);
            return true;
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && changesState(request.getMethod()) && !hosts.allowsOrigin(origin, port)) {
            ErrorAnswer.send(response, callback, 403, "拒绝跨站请求：来源「" + origin
                    + "」不是本服务的网页。请在本服务自己的网页上传，或在脚本中不带 Origin 头调用接口", true);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static boolean changesState(String method) {
        return !HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method) && !HttpMethod.OPTIONS.is(method);
    }
}
