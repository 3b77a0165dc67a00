/**
 * The staff notice board: a service to post, list and archive notices, the event announcing a
 * new notice, and the errors the board reports. Other bundles use only this package.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.sample.api;
