/**
 * The embedded Jetty web server that serves the shell and the launcher's servlets.
 */
package org.mekonghis.platform.ui.web;
