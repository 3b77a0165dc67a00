/**
 * The Vaadin shell: servlet, layout, menu, home page and the host of contributed views.
 */
package org.mekonghis.platform.ui.shell;
