package org.mekonghis.platform.api.rest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * REST endpoints of one bundle, served under {@code /api/<name>/}.
 *
 * <p>Register it as an OSGi service. The platform authenticates the request first and runs
 * {@link #handle} as the calling principal. An exception that escapes is answered with a JSON
 * error body: the status of a {@code MekongException}, or 500, and recorded against the bundle.
 */
@ConsumerType
public interface RestEndpoint {

    /** The first path segment under {@code /api/}, e.g. {@code sample}. Unique; {@code health} and {@code auth} are reserved. */
    String name();

    /**
     * Answers one request.
     *
     * @param path the rest of the path after {@code /api/<name>}, starting with '/' (or empty)
     */
    void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException;
}
