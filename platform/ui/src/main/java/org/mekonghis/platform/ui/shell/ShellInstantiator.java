package org.mekonghis.platform.ui.shell;

import java.util.Objects;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

import org.mekonghis.platform.ui.admin.AuditView;
import org.mekonghis.platform.ui.admin.BundlesView;
import org.mekonghis.platform.ui.security.LoginView;
import org.mekonghis.platform.ui.security.PasswordView;

/**
 * Creates the shell's own layout and views with the {@link ShellContext}; Vaadin's default
 * instantiator only calls no-argument constructors. Anything else is left to the default.
 */
final class ShellInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;
    private final ShellI18NProvider i18n;

    ShellInstantiator(VaadinService service, ShellContext shell) {
        super(service);
        this.shell = Objects.requireNonNull(shell, "shell");
        this.i18n = new ShellI18NProvider(shell.host().messages());
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Object created;
        if (type == MainLayout.class) {
            created = new MainLayout(shell);
        } else if (type == HomeView.class) {
            created = new HomeView(shell);
        } else if (type == ContributedView.class) {
            created = new ContributedView(shell);
        } else if (type == BundlesView.class) {
            created = new BundlesView(shell);
        } else if (type == AuditView.class) {
            created = new AuditView(shell);
        } else if (type == LoginView.class) {
            created = new LoginView(shell);
        } else if (type == PasswordView.class) {
            created = new PasswordView(shell);
        } else if (type == NotFoundView.class) {
            created = new NotFoundView(shell);
        } else if (type == InternalErrorView.class) {
            created = new InternalErrorView();
        } else {
            return super.getOrCreate(type);
        }
        return type.cast(created);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }
}
