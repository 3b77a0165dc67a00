package org.mekonghis.platform.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors escaping UI event handlers (a click in a contributed view, say): logged once and
 * shown as a translated notification, never as a stack trace.
 */
final class ShellErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShellErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        LOG.error("HIS-0405: unhandled error in the UI", error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(ErrorPanel.userMessage(ui, error), 8000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
