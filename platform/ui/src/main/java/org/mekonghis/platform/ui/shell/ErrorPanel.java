package org.mekonghis.platform.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.mekonghis.platform.api.MekongException;

/**
 * A friendly, already translated message shown in place of something that could not be shown:
 * a failed view or chart tab, a missing permission, a screen that went away. Never shows a
 * stack trace; the details go to the log and the administration page.
 */
public final class ErrorPanel extends Div {

    private static final long serialVersionUID = 1L;

    /** CSS class of every error panel, for styling and tests. */
    public static final String CLASS_NAME = "mekong-error-panel";

    /** The kind of panel, which decides its colour and icon. */
    public enum Kind {
        /** Something failed. */
        ERROR,
        /** Not failed, but not available (permission, removed screen, not found). */
        NOTICE
    }

    /**
     * @param kind   error or notice
     * @param title  translated heading, or null for none
     * @param text   translated explanation
     * @param detail translated small print (e.g. the time of the error), or null
     */
    public ErrorPanel(Kind kind, String title, String text, String detail) {
        addClassName(CLASS_NAME);
        getElement().setAttribute("role", kind == Kind.ERROR ? "alert" : "status");
        getElement().setAttribute("data-kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        String colour = kind == Kind.ERROR ? "var(--lumo-error-color)" : "var(--lumo-primary-color)";
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-left", "6px solid " + colour)
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-base-color)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("margin", "var(--lumo-space-m)")
                .set("max-width", "48rem");

        Icon icon = (kind == Kind.ERROR ? VaadinIcon.WARNING : VaadinIcon.INFO_CIRCLE).create();
        icon.getStyle().set("color", colour).set("flex", "none");
        Div body = new Div();
        if (title != null) {
            H3 heading = new H3(title);
            heading.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
            body.add(heading);
        }
        Paragraph message = new Paragraph(text);
        message.addClassName(CLASS_NAME + "-text");
        message.getStyle().set("margin", "0");
        body.add(message);
        if (detail != null) {
            Paragraph small = new Paragraph(detail);
            small.getStyle().set("margin", "var(--lumo-space-s) 0 0 0")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            body.add(small);
        }
        HorizontalLayout row = new HorizontalLayout(icon, body);
        row.setAlignItems(FlexComponent.Alignment.START);
        row.setPadding(false);
        add(row);
    }

    /** A notice with only a text. */
    public static ErrorPanel notice(String text) {
        return new ErrorPanel(Kind.NOTICE, null, text, null);
    }

    /**
     * The message a user sees for {@code error}: the translation of a {@link MekongException}'s
     * key (searched along the causes), otherwise the generic {@code error.internal}.
     */
    public static String userMessage(Component translator, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MekongException mekong) {
                return translator.getTranslation(mekong.messageKey(), mekong.arguments());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return translator.getTranslation("error.internal");
    }
}
