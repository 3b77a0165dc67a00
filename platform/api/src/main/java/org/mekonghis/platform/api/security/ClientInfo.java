package org.mekonghis.platform.api.security;

/**
 * Where a request comes from, as the audit log records it.
 *
 * @param remoteAddress the client's IP address (behind a trusted proxy, the forwarded one)
 * @param sessionId     an opaque id of the UI session or API token, never the session cookie itself; may be null
 * @param userAgent     the browser or client program, shortened; may be null
 * @since 1.1
 */
public record ClientInfo(String remoteAddress, String sessionId, String userAgent) {

    /** A request from an unknown place, e.g. a command-line tool on the server. */
    public static final ClientInfo LOCAL = new ClientInfo("127.0.0.1", null, "local");

    public ClientInfo {
        if (userAgent != null && userAgent.length() > 200) {
            userAgent = userAgent.substring(0, 200);
        }
    }
}
