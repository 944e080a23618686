package org.sourcework.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors from a click or an edit are logged in full and shown to the person as a short message,
 * never as a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    var cause = error.getThrowable();
                    var denied = findCause(cause, AccessDeniedException.class);
                    log.error("Unhandled error in the user interface", cause);
                    var ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> {
                            var key = denied ? "error.denied" : "error.notification";
                            var notification =
                                    Notification.show(ui.getTranslation(key), 6000, Notification.Position.MIDDLE);
                            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                        });
                    }
                }));
    }

    private static boolean findCause(Throwable throwable, Class<? extends Throwable> type) {
        for (var t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
