package org.mekonghis.platform.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.ui.shell.LanguageSelect;
import org.mekonghis.platform.ui.shell.ShellContext;
import org.mekonghis.platform.ui.shell.VietnamTime;

/**
 * The frame of the pages shown outside the main layout (login, password change): the language
 * switch in the corner and, centred, the application's name above a card.
 */
abstract class AuthPage extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    protected final transient ShellContext shell;
    /** The card the page puts its content in. */
    protected final Div card = new Div();

    AuthPage(ShellContext shell) {
        this.shell = shell;
        setSizeFull();
        setPadding(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("background", "linear-gradient(160deg, var(--lumo-primary-color-10pct), var(--lumo-contrast-5pct))")
                .set("overflow", "auto");

        HorizontalLayout top = new HorizontalLayout(new LanguageSelect(shell.host().messages()));
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-m)").set("padding", "var(--lumo-space-m)")
                .set("width", "min(26rem, 100%)").set("box-sizing", "border-box");
        add(top, brand(), card);
    }

    private Component brand() {
        Icon logo = VaadinIcon.HOSPITAL.create();
        logo.getStyle().set("color", "var(--lumo-primary-color)").set("width", "var(--lumo-icon-size-l)")
                .set("height", "var(--lumo-icon-size-l)");
        H1 title = new H1(getTranslation("shell.appTitle"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0").set("line-height", "1.2");
        Span subtitle = new Span(getTranslation("shell.appSubtitle"));
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div text = new Div(title, subtitle);
        HorizontalLayout brand = new HorizontalLayout(logo, text);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        brand.getStyle().set("margin-top", "var(--lumo-space-xl)");
        return brand;
    }

    /** Code of a wrong user name or password. */
    static final String BAD_CREDENTIALS = "SEC-0001";
    /** Code of an account locked after repeated failures; the lock's end is the first argument. */
    static final String LOCKED = "SEC-0002";
    /** Code of an inactive account. */
    static final String INACTIVE = "SEC-0003";

    /** The translated reason of a refused sign-in; the end of a lock in Vietnam time, to the minute. */
    protected String refusal(AuthenticationException error) {
        Object[] arguments = error.arguments();
        if (LOCKED.equals(error.code()) && arguments.length > 0) {
            arguments[0] = VietnamTime.format(arguments[0], VietnamTime.MINUTES);
        }
        String fallback = switch (error.code() == null ? "" : error.code()) {
            case LOCKED -> "error.sec.locked";
            case INACTIVE -> "error.sec.inactive";
            default -> "error.sec.badCredentials";
        };
        return message(error, fallback, arguments);
    }

    /**
     * The translation of {@code error}'s message key, or of {@code fallbackKey} when the key has
     * no translation (a missing key reads {@code !vi: key}).
     */
    protected String message(MekongException error, String fallbackKey, Object... arguments) {
        String key = error.messageKey();
        if (key != null) {
            String text = getTranslation(key, arguments);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return getTranslation(fallbackKey, arguments);
    }
}
