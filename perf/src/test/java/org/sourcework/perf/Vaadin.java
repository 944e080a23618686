package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The steps a browser takes, as Gatling chains: load a page and its UI, send UIDL messages built from
 * the UI's current state, sign in through the sign-in form. Every UIDL answer is checked for Vaadin's
 * errors inside a 200 and applied to the virtual user's {@link Uidl}, kept in the session as "ui".
 */
final class Vaadin {

    private Vaadin() {
    }

    static HttpProtocolBuilder protocol() {
        // a browser's headers; Sec-Fetch-Site tells the sign-in form the post is from its own page
        return http.baseUrl(Settings.BASE).acceptHeader("*/*").acceptEncodingHeader("gzip, deflate, br")
                .acceptLanguageHeader("en-US,en;q=0.9").header("Sec-Fetch-Site", "same-origin")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) sourcework-perf");
    }

    static Uidl ui(Session session) {
        return (Uidl) session.get("ui");
    }

    /** A full page load: the HTML, then the UI's bootstrap and the client's first navigation. */
    static ChainBuilder open(String name, String route) {
        var location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        return exec(http(name + ": page").get("/" + route).check(status().is(200)))
                .exec(http(name + ": ui").get("/?v-r=init&location=" + location + "&query=")
                        .check(bodyString().transform(body -> Uidl.init(body)).saveAs("ui")))
                .exec(uidl(name + ": view", (ui, session) -> ui.navigate(route)));
    }

    /** One UIDL round trip; the body is built when it is sent, from the nodes the UI has then. */
    static ChainBuilder uidl(String name, BiFunction<Uidl, Session, ArrayNode> rpc) {
        return uidl(name, rpc, (ui, session) -> null);
    }

    /**
     * A UIDL round trip that fails (as a request) unless, once its answer is applied, {@code problem}
     * finds nothing wrong: Vaadin's 200 says nothing about whether the view did what was asked.
     */
    static ChainBuilder uidl(String name, BiFunction<Uidl, Session, ArrayNode> rpc,
            BiFunction<Uidl, Session, String> problem) {
        return exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> ui(session).message(rpc.apply(ui(session), session))))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> {
                    ui(session).update(body);
                    return body;
                }).saveAs("answer"))
                .check(bodyString().transformWithSession((body, session) -> {
                    var found = problem.apply(ui(session), session);
                    if (found != null) {
                        System.err.println(name + " (" + session.getString("username") + "): " + found);
                    }
                    return found == null ? "as expected" : found;
                }).is("as expected")));
    }

    /**
     * The heartbeat Flow's client sends on a timer while the page is open, if it is due: without it the
     * server closes the UI after three heartbeat intervals (15 minutes) even while it is in use, and
     * a run longer than that fails with "sessionExpired". Call it between a scenario's steps.
     */
    static ChainBuilder heartbeatIfDue() {
        return doIf(session -> ui(session).heartbeatDue()).then(
                exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + ui(session).uiId)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .check(status().is(200)))
                        .exec(session -> {
                            ui(session).heartbeatSent();
                            return session;
                        }));
    }

    /**
     * The sign-in form: its page (and UI, as a browser loads it), then the form post with the page's
     * CSRF token, then the page the sign-in leads to. Fails if the post came back to the sign-in page.
     */
    static ChainBuilder signIn() {
        return signIn((ui, session) -> null);
    }

    /** Signs in; {@code problem} checks the page the sign-in leads to. */
    static ChainBuilder signIn(BiFunction<Uidl, Session, String> problem) {
        return exec(http("sign-in page").get("/login").check(status().is(200))
                .check(css("meta[name=_csrf]", "content").saveAs("csrf")))
                .exec(http("sign-in page: ui").get("/?v-r=init&location=login&query=")
                        .check(bodyString().transform(body -> Uidl.init(body)).saveAs("ui")))
                .exec(uidl("sign-in page: view", (ui, session) -> ui.navigate("login")))
                .exec(session -> session.set("signInUi", ui(session)))
                .exec(http("sign in").post("/login").formParam("username", "#{username}")
                        .formParam("password", "#{password}").formParam("_csrf", "#{csrf}")
                        .check(status().is(200))
                        .check(currentLocation().transform(url -> url.contains("/login")).is(false)))
                // the browser leaves the sign-in page: its beacon closes that page's UI
                .exec(http("sign-in page: unload beacon")
                        .post(session -> "/?v-r=uidl&v-uiId=" + ((Uidl) session.get("signInUi")).uiId)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(session -> ((Uidl) session.get("signInUi")).unloadMessage()))
                        .check(status().is(200)))
                .exec(http("after sign-in: ui").get("/?v-r=init&location=&query=")
                        .check(bodyString().transform(body -> Uidl.init(body)).saveAs("ui")))
                .exec(uidl("after sign-in: view", (ui, session) -> ui.navigate(""), problem));
    }
}
