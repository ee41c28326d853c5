package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Host allow-list (against DNS rebinding) and Origin check (against cross-site uploads), over real sockets. */
class ServerGuardTest {

    static WebServer server;
    static int port;

    @BeforeAll
    static void start() {
        ServeOptions o = TestServer.options();
        o.allowedHosts = List.of("reports.example.gov.cn", "proxy.example:8443");
        server = TestServer.start(o, FakeConversions.instant());
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Answer get(String host) throws Exception {
        return RawHttp.exchange(port, "GET", "/healthz", host, Map.of(), new byte[0]);
    }

    private static RawHttp.Answer upload(String origin) throws Exception {
        Map<String, String> headers = origin == null ? Map.of() : Map.of("Origin", origin);
        return RawHttp.exchange(port, "POST", "/api/convert?filename=a.txt", "127.0.0.1:" + port, headers, "hello".getBytes());
    }

    @Test
    void theServersOwnNamesAreAccepted() throws Exception {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port,
                "reports.example.gov.cn", "reports.example.gov.cn:" + port, "proxy.example:8443")) {
            assertEquals(200, get(host).status(), host);
        }
    }

    @Test
    void anotherHostNameGets421InChinese() throws Exception {
        for (String host : List.of("evil.example:" + port, "evil.example", "localhost:" + (port == 1 ? 2 : port - 1),
                "127.0.0.1", "reports.example.gov.cn:9", "proxy.example", "localhost.:" + port)) {
            RawHttp.Answer a = get(host);
            assertEquals(421, a.status(), host);
            assertEquals("拒绝访问：本服务不接受主机名「" + host + "」。为防范 DNS 重绑定攻击，只接受本机地址（localhost、127.0.0.1 等）；"
                    + "要用其他名称访问，请在启动时加 --allow-host 该名称", a.error());
            assertTrue(a.headers().get("content-type").startsWith("application/json"));
        }
        // Uploads and the page too, not only the API.
        assertEquals(421, RawHttp.exchange(port, "POST", "/api/convert?filename=a.txt", "evil.example:" + port, Map.of(),
                "hello".getBytes()).status());
        assertEquals(421, RawHttp.exchange(port, "GET", "/", "evil.example:" + port, Map.of(), new byte[0]).status());
    }

    @Test
    void aPostFromAnotherSitesPageGets403InChinese() throws Exception {
        for (String origin : List.of("http://evil.example", "http://localhost:" + (port == 1 ? 2 : port - 1), "null",
                "file://", "https://127.0.0.1.evil.example:" + port)) {
            RawHttp.Answer a = upload(origin);
            assertEquals(403, a.status(), origin);
            assertEquals("拒绝跨站请求：来源「" + origin + "」不是本服务的网页。请在本服务自己的网页上传，或在脚本中不带 Origin 头调用接口", a.error());
        }
        RawHttp.Answer export = RawHttp.exchange(port, "POST", "/api/export/xlsx", "127.0.0.1:" + port,
                Map.of("Origin", "http://evil.example", "Content-Type", "application/json"), "[]".getBytes());
        assertEquals(403, export.status());
    }

    @Test
    void aPostFromTheServersOwnPageOrWithoutOriginIsConverted() throws Exception {
        for (String origin : new String[] {null, "http://127.0.0.1:" + port, "http://localhost:" + port, "https://reports.example.gov.cn"}) {
            RawHttp.Answer a = upload(origin);
            assertEquals(200, a.status(), origin);
            assertEquals("ok", org.xxgk.cli.Cli.parse(a.body()).get("status").asText());
        }
        // Reading is not changing: a foreign page's GET is left to the browser's same-origin rules.
        assertEquals(200, RawHttp.exchange(port, "GET", "/healthz", "127.0.0.1:" + port, Map.of("Origin", "http://evil.example"),
                new byte[0]).status());
    }

    @Test
    void aWarningWhenBoundBeyondThisMachine() {
        ServeOptions o = new ServeOptions();
        assertFalse(o.exposureWarning().isPresent());
        o.bind = "localhost";
        assertFalse(o.exposureWarning().isPresent());
        o.bind = "::1";
        assertFalse(o.exposureWarning().isPresent());
        o.bind = "0.0.0.0";
        assertEquals("xxgk: 警告：服务监听在 0.0.0.0，本机以外的计算机也能访问并上传文件，而接口没有登录验证。"
                + "请只在可信的网络中这样使用，或放在带身份验证的反向代理之后；用其他主机名访问时需加 --allow-host 该名称。",
                o.exposureWarning().orElseThrow());
    }

    @Test
    void everyAddressOfThisMachineIsAcceptedWhenBoundToAll() {
        AllowedHosts all = new AllowedHosts("0.0.0.0", List.of());
        assertTrue(all.allows("127.0.0.1:8080", 8080));
        assertFalse(all.allows("evil.example:8080", 8080));
        AllowedHosts v6 = new AllowedHosts("::1", List.of());
        assertTrue(v6.allows("[::1]:80", 80));
        assertTrue(v6.allows("[::1]", 80));
        assertFalse(v6.allows("[::1]", 8080));
    }
}
