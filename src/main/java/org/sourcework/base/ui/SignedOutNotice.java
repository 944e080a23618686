package org.sourcework.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
        event.getSource().setSystemMessagesProvider(SignedOutNotice::messages);
    }

    private static CustomizedSystemMessages messages(SystemMessagesInfo info) {
        var locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
        var student = info.getRequest() != null && info.getRequest().isUserInRole(AppRoles.STUDENT);
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        // plain text: the page shows it as text; after a restart the page puts signed-out.restart in the caption
        messages.setSessionExpiredCaption(translate(locale, "signed-out.pause"));
        messages.setSessionExpiredMessage(translate(locale, student ? "signed-out.student" : "signed-out.other") + " "
                + translate(locale, "signed-out.action"));
        // null: the page reloads, and the sign-in leads back to it
        messages.setSessionExpiredURL(null);
        return messages;
    }
}
