package org.sourcework.lti.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * A course page of the test platform, served from another site than the tool (127.0.0.1, where the tool
 * is reached at localhost), as Canvas and Moodle show an LTI tool: an iframe on the course page, and a
 * form that posts the login initiation into it. Its origin is the platform's issuer.
 */
public final class CoursePage implements AutoCloseable {

    /** The iframe's name, the form's target. */
    public static final String FRAME = "sourcework";

    private final HttpServer server;
    private final String toolLogin;
    private final String toolLaunch;

    /** A course page that launches the tool at {@code toolBase} (e.g. http://localhost:8080). */
    public CoursePage(String toolBase) throws IOException {
        this.toolLogin = toolBase + "/lti/login";
        this.toolLaunch = toolBase + "/lti/launch";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/course", this::course);
        server.start();
    }

    /** The platform's own address, a different site from localhost: its issuer. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The course page whose launch asks the platform about this login_hint. */
    public String url(String loginHint) {
        return origin() + "/course?login_hint=" + URLEncoder.encode(loginHint, StandardCharsets.UTF_8);
    }

    private void course(HttpExchange exchange) throws IOException {
        var loginHint =
                TestPlatform.query(exchange.getRequestURI().getRawQuery()).get("login_hint");
        var fields = new LinkedHashMap<String, String>();
        fields.put("iss", origin());
        fields.put("login_hint", loginHint);
        fields.put("target_link_uri", toolLaunch);
        fields.put("lti_message_hint", "resource-link");
        fields.put("client_id", TestPlatform.CLIENT_ID);
        fields.put("lti_deployment_id", TestPlatform.DEPLOYMENT_ID);
        var hidden = fields.entrySet().stream()
                .map(field -> "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
                        .formatted(HtmlUtils.htmlEscape(field.getKey()), HtmlUtils.htmlEscape(field.getValue())))
                .collect(Collectors.joining("\n"));
        var page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>History course</title></head>
                <body style="margin: 0">
                <form method="post" action="%s" target="%s">
                %s
                <button id="open-sourcework" type="submit">Open Sourcework</button>
                </form>
                <iframe name="%s" id="%s" title="Sourcework" style="width: 100%%; height: 700px; border: 0"></iframe>
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(toolLogin), FRAME, hidden, FRAME, FRAME);
        var bytes = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
