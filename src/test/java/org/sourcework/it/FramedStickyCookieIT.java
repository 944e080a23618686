package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/lti.md's advice for several servers inside a learning platform's frame: the sticky cookie line it
 * gives, put into deploy/haproxy.cfg, is accepted by Debian's HAProxy 2.6 and makes a cookie a browser
 * keeps in a third party's frame (Secure, SameSite=None, Partitioned) that still keeps the browser on its
 * server. Two small stand-in servers play the nodes, each saying which one answered.
 */
class FramedStickyCookieIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String advisedCookieLine() throws IOException {
        var guide = Files.readString(Path.of("docs/lti.md"));
        var line = Pattern.compile("`(cookie SOURCEWORK_NODE [^`]+)`").matcher(guide);
        assertThat(line.find()).as("docs/lti.md gives a cookie line").isTrue();
        return line.group(1);
    }

    private static HttpServer node(String name) throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static HttpResponse<String> get(int port, String cookie) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_advised_cookie_line_gives_a_cookie_for_frames_that_keeps_the_browser_on_its_server() throws Exception {
        var shipped = Files.readString(HaProxy.CONFIG);
        var shippedLine = Pattern.compile("(?m)^\\s*cookie SOURCEWORK_NODE .*$").matcher(shipped);
        assertThat(shippedLine.find())
                .as("deploy/haproxy.cfg has a cookie line")
                .isTrue();
        var framed = Files.createTempFile("haproxy-framed", ".cfg");
        Files.writeString(framed, shippedLine.replaceFirst(Matcher.quoteReplacement("    " + advisedCookieLine())));
        var a = node("a");
        var b = node("b");
        try (var proxy = HaProxy.start(
                framed,
                a.getAddress().getPort(),
                a.getAddress().getPort(),
                b.getAddress().getPort(),
                b.getAddress().getPort())) {
            proxy.awaitServer("a", "UP");
            proxy.awaitServer("b", "UP");

            var first = get(proxy.port(), "");
            var setCookie = first.headers().firstValue("set-cookie").orElse("");
            assertThat(setCookie)
                    .startsWith("SOURCEWORK_NODE=" + first.body() + ";")
                    .contains("HttpOnly", "Secure", "SameSite=None", "Partitioned");

            var cookie = setCookie.substring(0, setCookie.indexOf(';'));
            for (int i = 0; i < 4; i++) {
                assertThat(get(proxy.port(), cookie).body())
                        .as("the same server, request " + (i + 2))
                        .isEqualTo(first.body());
            }
        } finally {
            a.stop(0);
            b.stop(0);
            Files.deleteIfExists(framed);
        }
    }
}
