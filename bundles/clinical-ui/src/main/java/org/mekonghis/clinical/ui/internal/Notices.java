package org.mekonghis.clinical.ui.internal;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;

/** Short messages at the bottom of the screen: what was done, or why it was refused. */
public final class Notices {
    /** How long a success message stays, in milliseconds. */
    static final int SUCCESS_MILLIS = 3000;
    /** How long an error stays: long enough to read a refusal. */
    static final int ERROR_MILLIS = 8000;

    private Notices() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        n.setId("clinical-notice-success");
    }

    public static void error(String text) {
        Notification n = Notification.show(text, ERROR_MILLIS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setId("clinical-notice-error");
    }

    /** Shows a service's refusal in the user's language, with every refused field when it names any. */
    public static void error(Texts texts, MekongException e) {
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            error(texts.of(invalid.errors()));
        } else {
            error(texts.of(e));
        }
    }
}
