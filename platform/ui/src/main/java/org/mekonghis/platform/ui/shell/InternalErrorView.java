package org.mekonghis.platform.ui.shell;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Navigation failed in a way nothing else handled. Deliberately without the main layout, which
 * may be what failed; the details go to the log, the user gets a translated message.
 */
public final class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    InternalErrorView() {
        getStyle().set("padding", "var(--lumo-space-l)");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("HIS-0406: navigation to '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        add(new ErrorPanel(ErrorPanel.Kind.ERROR, getTranslation("error.title"),
                ErrorPanel.userMessage(this, parameter.getCaughtException()), getTranslation("error.reference", time)));
        add(new Anchor("", getTranslation("shell.notFound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
