package org.mekonghis.platform.ui.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import org.mekonghis.platform.api.i18n.Messages;

/**
 * The language switch of the header and the login page. The choice belongs to the session; the
 * page reloads so every screen, bundles' views included, is rebuilt in the new language.
 */
public final class LanguageSelect extends Select<Locale> {

    private static final long serialVersionUID = 1L;

    /** Id of the switch, for tests. */
    public static final String ID = "shell-language";

    public LanguageSelect(Messages messages) {
        setId(ID);
        setAriaLabel(getTranslation("shell.language"));
        setPrefixComponent(VaadinIcon.GLOBE.create());
        List<Locale> locales = messages.locales();
        setItems(locales);
        setItemLabelGenerator(locale -> getTranslation("shell.language." + locale.getLanguage()));
        Locale current = currentLocale();
        locales.stream().filter(l -> l.getLanguage().equals(current.getLanguage())).findFirst()
                .ifPresent(this::setValue);
        setWidth("11em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private Locale currentLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null ? session.getLocale() : getLocale();
    }
}
