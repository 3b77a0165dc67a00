package org.mekonghis.platform.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings of the shell: the Lumo theme and its utility classes. Found by Vaadin's
 * annotation scan of the shell's jar (see {@code WebServer}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;
}
