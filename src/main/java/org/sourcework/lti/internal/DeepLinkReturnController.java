package org.sourcework.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sourcework.base.RejectedException;
import org.sourcework.lti.DeepLinkingService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the lesson picker sends the browser once the instructor chose or cancelled: a plain page that
 * posts the signed answer to the platform. Served outside Vaadin because it must be a form post to another
 * site, and only to the instructor whose request it answers.
 */
@Controller
@RequestMapping("/lti/deep-link")
class DeepLinkReturnController {

    private final DeepLinkingService deepLinking;
    private final LaunchPages pages;

    DeepLinkReturnController(DeepLinkingService deepLinking, LaunchPages pages) {
        this.deepLinking = deepLinking;
        this.pages = pages;
    }

    @GetMapping("/{requestId}/return")
    void returnToPlatform(@PathVariable String requestId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            var answer = deepLinking.answer(requestId);
            if (answer.isPresent()) {
                pages.returnToPlatform(answer.get().returnUrl(), answer.get().jwt(), request, response);
                return;
            }
        } catch (AccessDeniedException | RejectedException e) {
            // someone else's request, or nobody's: the same page as one never answered
        }
        pages.problem(LaunchProblem.DEEP_LINKING_ANSWER_GONE, request, response);
    }
}
