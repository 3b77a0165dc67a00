package org.mekonghis.clinical.ui.internal;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/**
 * Builds a screen only on a request whose thread acts for the signed-in user, so the services it
 * calls (which check permissions on the thread) see that user.
 *
 * <p>The shell opens the screen asked for before signing in within the very request that signs
 * the user in; that request went through the platform's filter before anyone was signed in, so its
 * thread acts for nobody and every service refuses it. The shell has already checked that the
 * user is signed in and may open the screen, so such a screen reloads the page once: the new
 * request carries the user.
 */
public final class SignedInViews {

    private SignedInViews() {
    }

    public static Component build(SecurityContext security, Principal user, Supplier<Component> view) {
        boolean threadActsForUser = security.current().map(Principal::id).filter(user.id()::equals).isPresent();
        if (threadActsForUser) {
            return view.get();
        }
        Div reloading = new Div();
        reloading.setId("clinical-reloading");
        reloading.addAttachListener(e -> e.getUI().getPage().reload());
        return reloading;
    }
}
