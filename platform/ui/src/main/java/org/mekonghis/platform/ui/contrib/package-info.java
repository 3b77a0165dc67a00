/**
 * The platform's implementation of UI contributions: patient-chart tabs and record actions.
 */
package org.mekonghis.platform.ui.contrib;
