package org.mekonghis.platform.ui.host;

import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.framework.BundleContext;

/**
 * What the launcher hands the UI shell: the framework to track contributions in, and the
 * platform services the shell's own screens use.
 */
public interface UiHost {

    /** The system bundle's context; contributions (views, chart tabs, actions) are tracked through it. */
    BundleContext bundleContext();

    Messages messages();

    SecurityContext security();

    PlatformStatus status();
}
