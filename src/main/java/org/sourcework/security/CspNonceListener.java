package org.sourcework.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Gives the bootstrap page's inline scripts (Vaadin's start-up settings and CSRF hook) the nonce that
 * this response's Content-Security-Policy allows, so that no other inline script can run.
 */
@Component
class CspNonceListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                var nonce = SecurityHeaders.nonce(request.getHttpServletRequest());
                page.getDocument().select("script:not([src])").attr("nonce", nonce);
            }
        });
    }
}
