package org.mekonghis.platform.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/** What a user sees at an address no screen answers, for example a stopped bundle's route. */
@ParentLayout(MainLayout.class)
public final class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Id of the element, for tests. */
    public static final String ID = "shell-not-found";

    NotFoundView(ShellContext shell) {
        setId(ID);
        getStyle().set("padding", "var(--lumo-space-m)");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new ErrorPanel(ErrorPanel.Kind.NOTICE, getTranslation("shell.notFound.title"),
                getTranslation("shell.notFound.text", event.getLocation().getPath()), null));
        Anchor home = new Anchor("", getTranslation("shell.notFound.home"));
        home.getElement().setAttribute("router-link", true);
        home.getStyle().set("margin", "0 var(--lumo-space-m)");
        add(home);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.notFound.title") + " · " + getTranslation("shell.appTitle");
    }
}
