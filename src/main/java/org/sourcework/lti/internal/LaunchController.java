package org.sourcework.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.AuditLog;
import org.sourcework.lti.ToolUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tool's LTI 1.3 endpoints (1EdTech Security Framework 5.1.1): third-party-initiated login, the
 * launch that the platform's authorisation response posts to, and the tool's public key set.
 */
@Controller
@RequestMapping("/lti")
class LaunchController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LaunchController.class);

    /** The state travels in a cookie of its own per login, so two launches in two frames do not clash. */
    static final String STATE_COOKIE = "lti_state_";

    /** The parameters of a login initiation that a framed login carries through its check. */
    private static final List<String> INITIATION =
            List.of("iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id", "lti_deployment_id");

    private final PlatformRepository platforms;
    private final LoginStates logins;
    private final LaunchVerifier verifier;
    private final LaunchAccounts accounts;
    private final LaunchSignIn signIn;
    private final LaunchPages pages;
    private final ToolKeys keys;
    private final ToolUrls urls;
    private final AuditLog audit;
    private final DeepLinkRequests deepLinks;
    private final LineItems lineItems;

    LaunchController(
            PlatformRepository platforms,
            LoginStates logins,
            LaunchVerifier verifier,
            LaunchAccounts accounts,
            LaunchSignIn signIn,
            LaunchPages pages,
            ToolKeys keys,
            ToolUrls urls,
            AuditLog audit,
            DeepLinkRequests deepLinks,
            LineItems lineItems) {
        this.platforms = platforms;
        this.logins = logins;
        this.verifier = verifier;
        this.accounts = accounts;
        this.signIn = signIn;
        this.pages = pages;
        this.keys = keys;
        this.urls = urls;
        this.audit = audit;
        this.deepLinks = deepLinks;
        this.lineItems = lineItems;
    }

    @RequestMapping(
            path = "/login",
            method = {RequestMethod.GET, RequestMethod.POST})
    void login(
            @RequestParam(name = "iss", required = false) @Nullable String issuer,
            @RequestParam(name = "login_hint", required = false) @Nullable String loginHint,
            @RequestParam(name = "target_link_uri", required = false) @Nullable String targetLinkUri,
            @RequestParam(name = "lti_message_hint", required = false) @Nullable String messageHint,
            @RequestParam(name = "client_id", required = false) @Nullable String clientId,
            @RequestParam(name = "lti_deployment_id", required = false) @Nullable String deploymentId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        try {
            if (issuer == null || loginHint == null || targetLinkUri == null) {
                throw new LaunchRefused(LaunchProblem.NOT_A_LAUNCH, null, "missing iss, login_hint or target_link_uri");
            }
            var candidates = clientId == null
                    ? platforms.findByIssuer(issuer)
                    : platforms.findByIssuerAndClientId(issuer, clientId).stream()
                            .toList();
            if (candidates.size() != 1) {
                throw new LaunchRefused(
                        LaunchProblem.UNKNOWN_PLATFORM, null, "iss=" + issuer + ", client_id=" + clientId);
            }
            var platform = candidates.getFirst();
            if (deploymentId != null && !platform.hasDeployment(deploymentId)) {
                throw new LaunchRefused(
                        LaunchProblem.UNKNOWN_DEPLOYMENT, platform.getId(), "lti_deployment_id=" + deploymentId);
            }
            var login = logins.begin(platform.getId());
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    FramedLaunch.stateCookie(
                                    STATE_COOKIE + login.state().substring(0, 12),
                                    login.state(),
                                    request,
                                    LoginStates.LIFETIME)
                            .toString());
            if (FramedLaunch.inFrame(request)) {
                // inside the platform's frame, first see whether the browser gives the cookie back there:
                // where it does not, the person is offered a new window instead of a frame that fails
                response.sendRedirect(FramedLaunch.checkUrl(request, initiation(request::getParameter), login.state()));
                return;
            }
            response.sendRedirect(authenticationRequest(platform, login, loginHint, messageHint));
        } catch (LaunchRefused refused) {
            refuse(refused, request, response);
        } catch (RuntimeException fault) {
            LOG.error("An LTI login initiation failed because of a server fault", fault);
            refuse(
                    new LaunchRefused(
                            LaunchProblem.SERVER_FAULT, null, fault.getClass().getSimpleName()),
                    request,
                    response);
        }
    }

    /** What a frame shows once its session has ended, in place of the sign-in page it may not show. */
    @GetMapping(FramedSignInPage.SESSION_ENDED)
    void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.sessionEnded(request, response);
    }

    /**
     * A framed login's second step: the state cookie came back, so the browser keeps Sourcework's cookies
     * in this frame and the login goes on to the platform; or it did not, and the page offers the same
     * login in a new window, where the cookies are first-party.
     */
    @GetMapping("/launch/check")
    void checkFrame(
            @RequestParam Map<String, String> parameters, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var state = parameters.get("state");
        var initiation = initiation(parameters::get);
        try {
            var login = state == null || !stateCookieMatches(request, state)
                    ? Optional.<LoginStates.Login>empty()
                    : logins.find(state).filter(found -> found.usedAt() == null && !logins.expired(found));
            var platform = login.flatMap(found -> platforms.findById(found.platformId()));
            var loginHint = initiation.get("login_hint");
            if (login.isEmpty() || platform.isEmpty() || loginHint == null) {
                pages.newWindow(FramedLaunch.newWindowUrl(request, initiation), request, response);
                return;
            }
            response.sendRedirect(
                    authenticationRequest(platform.get(), login.get(), loginHint, initiation.get("lti_message_hint")));
        } catch (RuntimeException fault) {
            LOG.error("An LTI login's frame check failed because of a server fault", fault);
            refuse(
                    new LaunchRefused(
                            LaunchProblem.SERVER_FAULT, null, fault.getClass().getSimpleName()),
                    request,
                    response);
        }
    }

    /** The OpenID Connect authentication request to the platform (Security Framework 5.1.1.2). */
    private String authenticationRequest(
            Platform platform, LoginStates.Login login, String loginHint, @Nullable String messageHint) {
        var redirect = UriComponentsBuilder.fromUriString(platform.getAuthUrl())
                .queryParam("scope", "openid")
                .queryParam("response_type", "id_token")
                .queryParam("response_mode", "form_post")
                .queryParam("prompt", "none")
                .queryParam("client_id", platform.getClientId())
                .queryParam("redirect_uri", urls.launch())
                .queryParam("login_hint", loginHint)
                .queryParam("state", login.state())
                .queryParam("nonce", login.nonce());
        if (messageHint != null) {
            redirect.queryParam("lti_message_hint", messageHint);
        }
        return redirect.encode().build().toUriString();
    }

    private static Map<String, String> initiation(Function<String, @Nullable String> parameters) {
        var initiation = new LinkedHashMap<String, String>();
        for (var name : INITIATION) {
            var value = parameters.apply(name);
            if (value != null) {
                initiation.put(name, value);
            }
        }
        return initiation;
    }

    @PostMapping("/launch")
    void launch(
            @RequestParam(name = "state", required = false) @Nullable String state,
            @RequestParam(name = "id_token", required = false) @Nullable String idToken,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        try {
            if (state == null || idToken == null || !stateCookieMatches(request, state)) {
                throw new LaunchRefused(LaunchProblem.UNKNOWN_STATE, null, "state not from this browser");
            }
            var login = logins.find(state)
                    .orElseThrow(() -> new LaunchRefused(LaunchProblem.UNKNOWN_STATE, null, "unknown state"));
            if (login.usedAt() != null) {
                throw new LaunchRefused(LaunchProblem.NONCE_REUSED, login.platformId(), "state used before");
            }
            if (logins.expired(login)) {
                throw new LaunchRefused(LaunchProblem.EXPIRED_LOGIN, login.platformId(), "login older than 10 minutes");
            }
            var platform = platforms
                    .findById(login.platformId())
                    .orElseThrow(() -> new LaunchRefused(LaunchProblem.UNKNOWN_PLATFORM, null, "platform removed"));
            var launch = verifier.verify(platform, login, idToken);
            if (!launch.instructor() && !launch.learner()) {
                throw new LaunchRefused(LaunchProblem.UNSUPPORTED_ROLE, platform.getId(), "roles=" + launch.roles());
            }
            checkDeepLinking(launch);
            var placed = accounts.place(launch);
            rememberLineItem(launch, placed);
            signIn.signIn(placed.username(), LtiFraming.originsOf(platform, launch.returnUrl()), request, response);
            audit.recordFor(
                    placed.username(),
                    "lti.launch",
                    "class",
                    Long.toString(placed.classId()),
                    "platform=" + platform.getId() + ", role=" + (launch.instructor() ? "instructor" : "learner")
                            + (launch.deepLinking() == null ? "" : ", deep linking"));
            if (placed.linked()) {
                audit.recordFor(
                        placed.username(),
                        "lti.resource-link.linked",
                        "assignment",
                        String.valueOf(placed.assignmentId()),
                        "platform=" + platform.getId() + ", resource_link=" + launch.resourceLinkId());
            }
            if (launch.deepLinking() != null) {
                var requestId = deepLinks.open(launch, placed.userId(), placed.classId(), urls.launch());
                response.sendRedirect(request.getContextPath() + "/deep-link/" + requestId);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/" + target(launch, placed));
        } catch (LaunchRefused refused) {
            refuse(refused, request, response);
        } catch (RuntimeException fault) {
            // the person still gets a page that says what to do, and the log gets the cause
            LOG.error("An LTI launch failed because of a server fault", fault);
            refuse(
                    new LaunchRefused(
                            LaunchProblem.SERVER_FAULT, null, fault.getClass().getSimpleName()),
                    request,
                    response);
        }
    }

    @GetMapping(path = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<java.util.Map<String, Object>> jwks() {
        return ResponseEntity.ok(keys.publicSet().toJSONObject(true));
    }

    /** Only instructors add lessons to a course, and only as activities Sourcework can make (resource links). */
    private static void checkDeepLinking(VerifiedLaunch launch) {
        var settings = launch.deepLinking();
        if (settings == null) {
            return;
        }
        if (!launch.instructor()) {
            throw new LaunchRefused(LaunchProblem.DEEP_LINKING_LEARNER, launch.platformId(), "roles=" + launch.roles());
        }
        try {
            LaunchPages.origin(settings.returnUrl());
        } catch (IllegalArgumentException e) {
            throw new LaunchRefused(LaunchProblem.NOT_A_LAUNCH, launch.platformId(), "deep_link_return_url invalid");
        }
        if (!settings.acceptTypes().contains("ltiResourceLink")) {
            throw new LaunchRefused(
                    LaunchProblem.DEEP_LINKING_TYPES, launch.platformId(), "accept_types=" + settings.acceptTypes());
        }
    }

    /** Where this link's scores go; a failure here costs the grade return, never the person's launch. */
    private void rememberLineItem(VerifiedLaunch launch, LaunchAccounts.Placed placed) {
        if (placed.assignmentId() == null || launch.resourceLinkId() == null || launch.grades() == null) {
            return;
        }
        try {
            lineItems.remember(launch.platformId(), launch.resourceLinkId(), launch.grades());
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the line item of resource link {}", launch.resourceLinkId(), e);
        }
    }

    private static String target(VerifiedLaunch launch, LaunchAccounts.Placed placed) {
        if (launch.instructor()) {
            return placed.assignmentId() == null ? "my-classes" : "review/" + placed.assignmentId();
        }
        return placed.assignmentId() == null ? "my-lessons" : "lesson/" + placed.assignmentId();
    }

    private static boolean stateCookieMatches(HttpServletRequest request, String state) {
        var cookies = request.getCookies();
        return state.length() >= 12
                && cookies != null
                && Arrays.stream(cookies)
                        .anyMatch(c -> c.getName().equals(STATE_COOKIE + state.substring(0, 12))
                                && c.getValue().equals(state));
    }

    private void refuse(LaunchRefused refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        audit.recordFor(
                "",
                "lti.launch.refused",
                "lti-platform",
                refused.platformId() == null ? null : refused.platformId().toString(),
                "reason=" + refused.problem().name().toLowerCase(java.util.Locale.ROOT) + "; " + refused.getMessage());
        pages.problem(refused.problem(), request, response);
    }
}
