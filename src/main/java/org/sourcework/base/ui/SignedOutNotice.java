package org.sourcework.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.sourcework.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * When a page finds its session gone (it ran out after a long pause, or the server was restarted),
 * the page says so and stays as it is until the person chooses to sign in, instead of reloading
 * into the sign-in page without a word. The browser names the cause that happened (see
 * {@link ConnectionWatch}). Signing in returns to the page.
 */
@Component
class SignedOutNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        // the provider is asked outside a Vaadin request too (a request that came without its session
        // cookie), where the static translate has no service to ask: keep the service's own provider
        service.setSystemMessagesProvider(
                info -> messages(service.getInstantiator().getI18NProvider(), info));
    }

    private static CustomizedSystemMessages messages(I18NProvider i18n, SystemMessagesInfo info) {
        var locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
        var student = info.getRequest() != null && info.getRequest().isUserInRole(AppRoles.STUDENT);
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        // plain text: the page shows it as text; after a restart the page puts signed-out.restart in the caption
        messages.setSessionExpiredCaption(i18n.getTranslation("signed-out.pause", locale));
        messages.setSessionExpiredMessage(
                i18n.getTranslation(student ? "signed-out.student" : "signed-out.other", locale) + " "
                        + i18n.getTranslation("signed-out.action", locale));
        // null: the page reloads, and the sign-in leads back to it
        messages.setSessionExpiredURL(null);
        return messages;
    }
}
