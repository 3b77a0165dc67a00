package org.mekonghis.platform.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings of the shell: the Lumo theme and its utility classes. Found by Vaadin's
 * annotation scan of the shell's jar (see {@code WebServer}).
 *
 * <p>A page the browser restores from its back-forward cache is reloaded: after signing out,
 * the back button must not show the previous user's screen, not even a stale copy of it.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.PREPEND,
                "window.addEventListener('pageshow', function (event) { if (event.persisted) { location.reload(); } });",
                Inline.Wrapping.JAVASCRIPT);
    }
}
