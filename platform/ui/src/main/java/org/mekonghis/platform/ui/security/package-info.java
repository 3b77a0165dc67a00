/**
 * Who the user is: the login and password pages, the guard that sends every other route to them,
 * and the session attributes and client information the launcher's filter shares with the shell.
 */
package org.mekonghis.platform.ui.security;
