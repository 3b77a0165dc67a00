/**
 * How the shell learns who the user is; the place a login page plugs in.
 */
package org.mekonghis.platform.ui.security;
