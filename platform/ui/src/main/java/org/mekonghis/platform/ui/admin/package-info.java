/**
 * Administration pages of the platform.
 */
package org.mekonghis.platform.ui.admin;
